using System.Text;
using Roundup.Reading;

namespace Roundup.Tests.Reading;

/// <summary>
/// Twenty encodings with a short news paragraph each, written for these tests, in a language the encoding is made for.
/// The bytes are produced here with System.Text.Encoding.CodePages, so the set needs no binary fixture files.
/// </summary>
public static class EncodingFixtures
{
    public sealed record Fixture(string Charset, string Language, string Text)
    {
        public Encoding Encoding => Charset switch
        {
            "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
            "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
            "utf-8" => new UTF8Encoding(false),
            _ => CodePagesEncodingProvider.Instance.GetEncoding(Charset) ?? Encoding.GetEncoding(Charset),
        };

        public byte[] Bytes(string text) => Encoding.GetBytes(text);

        public override string ToString() => Charset;
    }

    private const string French = "Le conseil municipal a voté mardi soir un budget de 412 millions d'euros. Les élus ont débattu pendant cinq heures avant d'approuver la hausse de l'impôt foncier, jugée « nécessaire » par la maire. Plusieurs habitants, venus en nombre, ont exprimé leur inquiétude à propos des bibliothèques qui fermeront le dimanche.";
    private const string German = "Der Stadtrat hat am Dienstagabend einen Haushalt von 412 Millionen Euro beschlossen. Nach fünf Stunden Debatte stimmten die Mitglieder für die höhere Grundsteuer, die die Bürgermeisterin für unvermeidlich hält. Viele Bürger äußerten ihre Sorge über die Schließung der Büchereien am Sonntag.";
    private const string Polish = "Rada miasta przyjęła we wtorek wieczorem budżet w wysokości 412 milionów złotych. Po pięciu godzinach dyskusji radni zgodzili się na podwyżkę podatku od nieruchomości, którą burmistrz uznała za konieczną. Wielu mieszkańców wyraziło zaniepokojenie zamknięciem bibliotek w niedziele.";
    private const string Czech = "Městská rada v úterý večer schválila rozpočet ve výši 412 milionů korun. Po pěti hodinách debaty zastupitelé souhlasili se zvýšením daně z nemovitostí, které starostka označila za nezbytné. Mnoho občanů vyjádřilo znepokojení nad zavřením knihoven v neděli.";
    private const string Russian = "Городской совет во вторник вечером утвердил бюджет в размере 412 миллионов рублей. После пятичасовых дебатов депутаты согласились на повышение налога на имущество, которое мэр назвала неизбежным. Многие жители выразили беспокойство по поводу закрытия библиотек по воскресеньям.";
    private const string Greek = "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το βράδυ προϋπολογισμό ύψους 412 εκατομμυρίων ευρώ. Μετά από πέντε ώρες συζήτησης, οι σύμβουλοι συμφώνησαν στην αύξηση του φόρου ακινήτων, την οποία η δήμαρχος χαρακτήρισε αναγκαία. Πολλοί κάτοικοι εξέφρασαν ανησυχία για το κλείσιμο των βιβλιοθηκών την Κυριακή.";
    private const string Turkish = "Belediye meclisi salı akşamı 412 milyon liralık bütçeyi onayladı. Beş saat süren tartışmanın ardından üyeler, belediye başkanının kaçınılmaz dediği emlak vergisi artışını kabul etti. Pek çok vatandaş, kütüphanelerin pazar günleri kapanmasından duyduğu endişeyi dile getirdi.";
    private const string Hebrew = "מועצת העיר אישרה ביום שלישי בערב תקציב של 412 מיליון שקלים. לאחר חמש שעות של דיון הסכימו חברי המועצה להעלאת הארנונה, שראש העירייה כינתה הכרחית. תושבים רבים הביעו דאגה מסגירת הספריות בימי ראשון.";
    private const string Arabic = "وافق مجلس المدينة مساء الثلاثاء على ميزانية قدرها 412 مليون دينار. وبعد خمس ساعات من النقاش وافق الأعضاء على زيادة ضريبة العقارات التي وصفتها رئيسة البلدية بأنها ضرورية. وأعرب كثير من السكان عن قلقهم من إغلاق المكتبات يوم الأحد.";
    private const string Lithuanian = "Miesto taryba antradienio vakarą patvirtino 412 milijonų eurų biudžetą. Po penkių valandų diskusijų nariai sutiko padidinti nekilnojamojo turto mokestį, kurį merė pavadino būtinu. Daugelis gyventojų išreiškė susirūpinimą dėl bibliotekų uždarymo sekmadieniais.";
    private const string Japanese = "市議会は火曜日の夜、総額四億千二百万ドルの予算案を可決した。五時間に及ぶ議論の末、議員らは市長が避けられないと述べた固定資産税の引き上げに同意した。多くの住民が日曜日に図書館が閉館することへの懸念を表明した。";
    private const string ChineseSimplified = "市议会周二晚间通过了总额四亿一千二百万元的预算。经过五个小时的辩论，议员们同意提高房产税，市长称此举不可避免。许多居民对图书馆周日闭馆表示担忧，并要求市政府重新考虑这一决定。";
    private const string ChineseTraditional = "市議會週二晚間通過了總額四億一千二百萬元的預算。經過五個小時的辯論，議員們同意提高房產稅，市長稱此舉不可避免。許多居民對圖書館週日閉館表示擔憂，並要求市政府重新考慮這一決定。";
    private const string Korean = "시의회는 화요일 저녁 총 4억 1200만 달러 규모의 예산안을 통과시켰다. 다섯 시간에 걸친 토론 끝에 의원들은 시장이 불가피하다고 밝힌 재산세 인상에 동의했다. 많은 주민들이 일요일 도서관 휴관에 대한 우려를 나타냈다.";
    private const string English = "The city council approved a $412 million budget on Tuesday night — after five hours of debate — with a property-tax rise the mayor called “unavoidable.” Residents’ worries about libraries closing on Sundays were heard; the café owners’ association said it would “keep watching.”";

    public static IReadOnlyList<Fixture> All { get; } =
    [
        new("utf-8", "en", English + " " + Russian),
        new("utf-16le", "fr", French),
        new("utf-16be", "de", German),
        new("windows-1252", "en", English),
        new("iso-8859-1", "de", German),
        new("iso-8859-15", "fr", French + " Prix : 20 €."),
        new("windows-1250", "pl", Polish),
        new("iso-8859-2", "cs", Czech),
        new("windows-1251", "ru", Russian),
        new("koi8-r", "ru", Russian),
        new("windows-1253", "el", Greek),
        new("windows-1254", "tr", Turkish),
        new("windows-1255", "he", Hebrew),
        new("windows-1256", "ar", Arabic),
        new("windows-1257", "lt", Lithuanian),
        new("shift_jis", "ja", Japanese),
        new("euc-jp", "ja", Japanese),
        new("gb2312", "zh", ChineseSimplified),
        new("big5", "zh", ChineseTraditional),
        new("euc-kr", "ko", Korean),
    ];

    /// <summary>The fixtures as xunit theory data (charset names).</summary>
    public static TheoryData<string> Charsets => [.. All.Select(f => f.Charset)];

    public static Fixture Get(string charset) => All.Single(f => f.Charset == charset);

    /// <summary>Whether the fixture's text survives its encoding (every character representable).</summary>
    public static bool RoundTrips(Fixture f) => f.Encoding.GetString(f.Bytes(f.Text)) == f.Text;

    /// <summary>An HTML page around <paramref name="text"/>, with a meta charset when <paramref name="charset"/> is given.</summary>
    public static string Page(string text, string? charset) =>
        $"<!DOCTYPE html><html><head>{(charset is null ? "" : $"<meta charset=\"{charset}\">")}<title>Budget</title></head><body><article><p>{text}</p></article></body></html>";

    /// <summary>An RSS feed with one item, with an XML declaration naming <paramref name="charset"/>.</summary>
    public static string Feed(string text, string charset) =>
        $"<?xml version=\"1.0\" encoding=\"{charset}\"?><rss version=\"2.0\"><channel><title>City</title><item><title>Budget</title><link>https://news.example/b</link><description>{text}</description></item></channel></rss>";

    internal static DecodedText Decode(byte[] bytes, string? header = null) => TextDecoder.DecodeText(bytes, "fixture", header);
}
