namespace Roundup.Evaluation.Rouge;

/// <summary>Recall, precision and F of one ROUGE measure.</summary>
/// <param name="Recall">Matched units over reference units.</param>
/// <param name="Precision">Matched units over peer units.</param>
/// <param name="F">Weighted harmonic mean of <paramref name="Recall"/> and <paramref name="Precision"/>.</param>
public readonly record struct RougePrf(double Recall, double Precision, double F)
{
    /// <inheritdoc />
    public override string ToString() => $"R {Recall:0.00000} P {Precision:0.00000} F {F:0.00000}";
}

/// <summary>The scores of one peer summary: one <see cref="RougePrf"/> per measure of the scorer.</summary>
public sealed class RougeItemScore
{
    private readonly RougePrf[] _values;

    internal RougeItemScore(string id, IReadOnlyList<string> measures, RougePrf[] values)
    {
        Id = id;
        Measures = measures;
        _values = values;
    }

    /// <summary>Identifier of the item (cluster id), used to order items like ROUGE does for resampling.</summary>
    public string Id { get; }

    /// <summary>Names of the measures, e.g. "ROUGE-1", "ROUGE-2", "ROUGE-L", "ROUGE-S4", "ROUGE-SU4".</summary>
    public IReadOnlyList<string> Measures { get; }

    /// <summary>Scores in the order of <see cref="Measures"/>.</summary>
    public IReadOnlyList<RougePrf> Values => _values;

    /// <summary>The score of a measure by name; throws when the scorer did not compute it.</summary>
    public RougePrf this[string measure]
    {
        get
        {
            for (int i = 0; i < Measures.Count; i++)
                if (Measures[i] == measure) return _values[i];
            throw new KeyNotFoundException($"Measure {measure} was not computed (computed: {string.Join(", ", Measures)}).");
        }
    }

    /// <summary>ROUGE-1.</summary>
    public RougePrf Rouge1 => this["ROUGE-1"];

    /// <summary>ROUGE-2.</summary>
    public RougePrf Rouge2 => this["ROUGE-2"];

    /// <summary>ROUGE-L.</summary>
    public RougePrf RougeL => this["ROUGE-L"];

    /// <summary>ROUGE-SU4.</summary>
    public RougePrf RougeSU4 => this["ROUGE-SU4"];
}

/// <summary>Average of one measure over items, with its bootstrap confidence interval.</summary>
/// <param name="Measure">Measure name.</param>
/// <param name="Mean">Plain mean over items.</param>
/// <param name="Average">
/// The average ROUGE-1.5.5 prints: the mean of the bootstrap resample means (equals <paramref name="Mean"/>
/// when no resampling is done).
/// </param>
/// <param name="Lower">Lower bound of the confidence interval.</param>
/// <param name="Upper">Upper bound of the confidence interval.</param>
public sealed record RougeAverage(string Measure, RougePrf Mean, RougePrf Average, RougePrf Lower, RougePrf Upper);

/// <summary>Averages over a set of items, one per measure.</summary>
/// <param name="Items">Number of items averaged.</param>
/// <param name="Measures">One average per measure, in the scorer's order.</param>
public sealed record RougeReport(int Items, IReadOnlyList<RougeAverage> Measures)
{
    /// <summary>The average of a measure by name.</summary>
    public RougeAverage this[string measure] =>
        Measures.FirstOrDefault(m => m.Measure == measure) ?? throw new KeyNotFoundException($"Measure {measure} was not computed.");
}
