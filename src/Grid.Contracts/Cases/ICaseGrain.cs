using Orleans.Concurrency;
using Grid.Contracts.Review;
using Grid.Domain;

namespace Grid.Contracts.Cases;

/// <summary>
/// One notice's case (key: case id). It orchestrates its own effects on the listing, seller and brand;
/// none of those ever calls a case, so the call graph has no cycles.
/// </summary>
[Alias("grid.ICaseGrain")]
public interface ICaseGrain : IGrainWithGuidKey
{
    /// <summary>Files the complaint, or returns the case that already holds the same notice.</summary>
    [Alias("file-complaint")]
    Task<Reply<FiledCase>> FileComplaint(ComplaintFiling filing);

    [Alias("open-from-flag")]
    Task<Reply<FiledCase>> OpenFromFlag(FlagCaseOpening opening);

    [Alias("decide")]
    Task<Reply<CaseView>> Decide(ReviewDecision decision, string? note, string actor);

    [Alias("answer-verification")]
    Task<Reply<CaseView>> AnswerVerification(VerificationVerdict verdict, string actor);

    /// <summary>The brand withdraws its complaint: closes it if pending, reinstates the listing if it was taken down.</summary>
    [Alias("retract")]
    Task<Reply<CaseView>> Retract(string actor);

    /// <summary>The seller's answer to a complaint under review, for the operator who decides it.</summary>
    [Alias("answer")]
    Task<Reply<CaseView>> Answer(string statement, string actor);

    /// <summary>The seller's appeal (counter-notice) against a takedown in force.</summary>
    [Alias("appeal")]
    Task<Reply<CaseView>> Appeal(string statement, string actor);

    /// <summary>An operator grants (the takedown is undone) or denies the seller's appeal.</summary>
    [Alias("decide-appeal")]
    Task<Reply<CaseView>> DecideAppeal(AppealDecision decision, string? note, string actor);

    /// <summary>An operator takes (or, holding it, extends) the case for review; refused while another operator's claim holds.</summary>
    [Alias("claim")]
    Task<Reply<ReviewClaimView>> Claim(string actor);

    /// <summary>The operator gives the case back to the queue; refused while another operator's claim holds.</summary>
    [Alias("release-claim")]
    Task<Reply<CaseView>> ReleaseClaim(string actor);

    [Alias("view"), ReadOnly]
    Task<CaseView?> GetView();
}
