namespace Grid.Domain;

/// <summary>Who said the listing infringes.</summary>
public enum NoticeSource
{
    Complaint = 0,
    Flag = 1,
}

/// <summary>What a complaint says is wrong with the listing.</summary>
public enum NoticeKind
{
    Counterfeit = 0,
    Trademark = 1,
    Copyright = 2,
    Patent = 3,
    Design = 4,
}

/// <summary>The kind of registered IP right a brand holds.</summary>
public enum RightType
{
    Trademark = 0,
    Copyright = 1,
    Patent = 2,
    Design = 3,
}

/// <summary>An operator's answer to a complaint under review.</summary>
public enum ReviewDecision
{
    Uphold = 0,
    Reject = 1,
}

/// <summary>An operator's decision on a seller's appeal (counter-notice).</summary>
public enum AppealDecision
{
    Grant = 0,
    Deny = 1,
}

/// <summary>A brand's answer to a verification request (Joint-Force).</summary>
public enum VerificationVerdict
{
    Counterfeit = 0,
    Genuine = 1,
}

/// <summary>What became of an automated flag.</summary>
public enum FlagOutcome
{
    Recorded = 0,
    VerificationRequested = 1,
    TakenDown = 2,
}
