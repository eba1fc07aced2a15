namespace Grid.Domain.Brands;

/// <summary>Brand accuracy: the share of a brand's decided notices that were upheld.</summary>
public static class BrandAccuracy
{
    /// <summary>Null until the brand has a decided notice: no record is not a bad record.</summary>
    public static double? Of(int upheld, int rejected)
    {
        var decided = upheld + rejected;
        return decided == 0 ? null : Math.Round((double)upheld / decided, 4);
    }
}
