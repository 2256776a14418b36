namespace Roundup.Model;

/// <summary>The type of a named entity.</summary>
public enum EntityKind
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>A company, institution, party, team or other organisation.</summary>
    Organization,
    /// <summary>A country, region, town, street, building or other place.</summary>
    Place,
    /// <summary>Anything else with a name (events, storms, works).</summary>
    Other,
}
/// <summary>A named entity merged across its forms and outlets.</summary>
public sealed class EntityFact : Fact
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Entity;

    /// <summary>Canonical name: the most complete form seen.</summary>
    public required string Name { get; init; }

    /// <summary>Person, organisation, place or other.</summary>
    public EntityKind EntityKind { get; internal set; }

    /// <summary>Distinct surface forms that were merged into this entity ("Kanye West", "West", "Kayne").</summary>
    public List<string> Aliases { get; } = [];

    /// <summary>Titles and roles seen with the name ("President-elect", "Mayor"), lower case.</summary>
    public List<string> Titles { get; } = [];

    /// <inheritdoc />
    public override string Value => Name;
}
