namespace Grid.Domain.Brands;

/// <summary>
/// The share of decided answers that went one way: a brand's accuracy (upheld of decided notices)
/// and a detector's precision (confirmed counterfeit of verified flags) are both this ratio.
/// </summary>
public static class AccuracyRatio
{
    /// <summary>Null until something was decided: no record is not a bad record.</summary>
    public static double? Of(int confirmed, int refuted)
    {
        var decided = confirmed + refuted;
        return decided == 0 ? null : Math.Round((double)confirmed / decided, 4);
    }
}
