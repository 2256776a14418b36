namespace Roundup.Summarization;

/// <summary>
/// Units whose value a rule multiplied by one factor so that a short summary says what they hold (the headline figure,
/// <see cref="HeadlineFigures"/>; a study's finding or a record, <see cref="Findings"/>; a step a later report says was taken, <see cref="SettledSteps"/>), each group until the summary
/// takes one of its units: then that group's units weigh as before, so the fact is said once.
/// </summary>
internal sealed class UnitBoost
{
    private readonly List<int>[] _groups;
    private readonly double _factor;

    private UnitBoost(List<int>[] groups, double factor)
    {
        _groups = groups;
        _factor = factor;
    }

    /// <summary>Multiplies the value of every unit of every group by <paramref name="factor"/>; null when the groups hold no unit.</summary>
    public static UnitBoost? Apply(List<int>[] groups, double[] unitValue, double factor)
    {
        bool any = false;
        foreach (var group in groups)
            foreach (int u in group)
            {
                unitValue[u] *= factor;
                any = true;
            }
        return any ? new UnitBoost(groups, factor) : null;
    }

    /// <summary>Once the summary takes a unit of a group, the others of that group weigh as before.</summary>
    public void Taken(int unit, double[] unitValue)
    {
        foreach (var group in _groups)
        {
            if (!group.Contains(unit)) continue;
            foreach (int u in group) unitValue[u] /= _factor;
            group.Clear();
        }
    }
}
