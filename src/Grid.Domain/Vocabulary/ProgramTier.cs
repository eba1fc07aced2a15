namespace Grid.Domain;

/// <summary>A brand's program tier: GoodFaith complaints take a listing down without review.</summary>
public enum ProgramTier
{
    Standard = 0,
    GoodFaith = 1,
}
