namespace Roundup.Model;

/// <summary>What a <see cref="NumberFact"/> expresses.</summary>
public enum NumberKind
{
    /// <summary>Someone's age in years.</summary>
    Age,
    /// <summary>A length of time.</summary>
    Duration,
    /// <summary>How many of something.</summary>
    Count,
    /// <summary>An amount of money.</summary>
    Money,
    /// <summary>A percentage.</summary>
    Percent,
    /// <summary>Another measurement (degrees, magnitude, distance).</summary>
    Measure,
}

/// <summary>A number with what it counts or measures.</summary>
public sealed class NumberFact : Fact
{
    /// <inheritdoc />
    public override FactKind Kind => FactKind.Number;

    /// <summary>What the number expresses.</summary>
    public required NumberKind NumberKind { get; init; }

    /// <summary>The numeric value (money in units of the currency, durations in <see cref="Unit"/>).</summary>
    public required double Amount { get; init; }

    /// <summary>Unit: currency code, time unit ("minute"), "%", "year" for ages, or the counted noun.</summary>
    public required string Unit { get; init; }

    /// <summary>What is counted or measured, as a comparable key ("workers", "vote", "budget"); empty when unknown.</summary>
    public required string Subject { get; init; }

    /// <summary>For ages: whose age.</summary>
    public EntityFact? Entity { get; init; }

    /// <summary>The slot this number fills, used to compare outlets ("age:e1", "count:workers").</summary>
    public string Slot => NumberKind switch
    {
        NumberKind.Age => "age:" + (Entity?.Id ?? Subject),
        NumberKind.Duration => "duration:" + Unit,
        NumberKind.Count => "count:" + Subject,
        NumberKind.Money => "money:" + Subject,
        NumberKind.Percent => "percent:" + Subject,
        _ => "measure:" + Unit,
    };

    /// <summary>The amount as text (invariant, no exponent).</summary>
    public string AmountText => Amount.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string Value => NumberKind switch
    {
        NumberKind.Age => $"{AmountText} years old" + (Entity is null ? "" : $" ({Entity.Name})"),
        NumberKind.Money => $"{Unit} {AmountText}",
        NumberKind.Percent => $"{AmountText}%" + (Subject.Length > 0 ? $" ({Subject})" : ""),
        NumberKind.Duration => $"{AmountText} {Unit}" + (Amount == 1 ? "" : "s"),
        NumberKind.Count => $"{AmountText} {Subject}".TrimEnd(),
        _ => $"{AmountText} {Unit}",
    };
}
