namespace Grid.Domain.Review;

/// <summary>How urgently a notice waits for an operator. Stored: append values, never renumber; the order is <see cref="ReviewOrder"/>'s.</summary>
public enum ReviewPriority
{
    Standard = 0,

    /// <summary>A trusted flagger's notice (DSA art. 22): processed with priority.</summary>
    Trusted = 1,

    /// <summary>A notice from a brand demoted for unfounded notices (DSA art. 23): it waits behind all others.</summary>
    Demoted = 2,
}

public static class ReviewPriorities
{
    /// <summary>
    /// The priority a complaint gets when it is filed: a good-faith brand is the Grid's trusted flagger.
    /// The one place to plug in a brand's standing (a brand demoted for unfounded notices loses priority).
    /// </summary>
    public static ReviewPriority Of(ProgramTier? tier) =>
        tier == ProgramTier.GoodFaith ? ReviewPriority.Trusted : ReviewPriority.Standard;

    /// <summary>A brand demoted (or worse) for misuse loses any priority its tier would give.</summary>
    public static ReviewPriority Of(ProgramTier? tier, MisuseLevel misuse) =>
        misuse >= MisuseLevel.Demoted ? ReviewPriority.Demoted : Of(tier);

    /// <summary>A notice an agent filed for the brand: demoted when either the brand or the agent is.</summary>
    public static ReviewPriority Of(ProgramTier? tier, MisuseLevel brand, MisuseLevel agent) =>
        Of(tier, brand > agent ? brand : agent);

    /// <summary>
    /// The priority a case waits with in the queue now: its notice's while the notice is reviewed; an appeal is the
    /// seller's, so the brand's standing neither speeds nor slows it.
    /// </summary>
    public static ReviewPriority InQueue(CaseStatus status, ReviewPriority notice) =>
        status == CaseStatus.Appealed ? ReviewPriority.Standard : notice;
}
