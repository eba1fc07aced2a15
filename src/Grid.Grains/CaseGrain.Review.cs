using Grid.Contracts;
using Grid.Contracts.Cases;
using Grid.Contracts.Review;
using Grid.Domain;
using Grid.Domain.Cases;
using Grid.Domain.Languages;
using Grid.Domain.Review;
using Microsoft.Extensions.Logging;

namespace Grid.Grains;

/// <summary>The case's side of the review queue: operators' claims, and keeping its queue entry current.</summary>
public sealed partial class CaseGrain
{
    public async Task<Reply<ReviewClaimView>> Claim(string actor)
    {
        if (!Exists) return Reply<ReviewClaimView>.NotFound(Messages.CaseNotFound(CaseId));
        await DriveEffects();
        if (!CaseMachine.AwaitsOperatorReview(S.Status))
        {
            // The queue can show a closed case only if its removal was lost; an operator reaching for it clears it.
            if (S.QueuePartition is not null) await SyncReviewQueue();
            return Reply<ReviewClaimView>.Conflict(Messages.NotClaimable(CaseId, S.Status));
        }
        var attempt = ReviewClaims.Claim(Claimed(), actor, clock.GetUtcNow(), TimeSpan.FromMinutes(policy.Value.Review.ClaimMinutes));
        if (!attempt.Granted) return Reply<ReviewClaimView>.Conflict(Messages.ClaimedAgainstClaim(CaseId, attempt.Claim.Operator, attempt.Claim.Until));

        (S.ClaimedBy, S.ClaimUntil) = (attempt.Claim.Operator, attempt.Claim.Until);
        S.PendingEffects |= CaseEffects.ClaimChanged;
        QueueEntryChanged();
        await state.WriteStateAsync();
        log.LogInformation("Case {CaseId} claimed for review by {Actor} until {ClaimUntil:O}", CaseId, actor, attempt.Claim.Until);
        await DriveEffects();
        return Reply<ReviewClaimView>.Ok(new ReviewClaimView(CaseId, attempt.Claim.Operator, attempt.Claim.Until));
    }

    public async Task<Reply<CaseView>> ReleaseClaim(string actor)
    {
        if (!Exists) return Reply<CaseView>.NotFound(Messages.CaseNotFound(CaseId));
        await DriveEffects();
        if (!CaseMachine.AwaitsOperatorReview(S.Status))
            return Reply<CaseView>.Conflict(Messages.NotInReviewQueue(CaseId, S.Status));
        if (!ReviewClaims.MayRelease(Claimed(), actor, clock.GetUtcNow()))
            return Reply<CaseView>.Conflict(Messages.ClaimedAgainstRelease(CaseId, Claimed()!.Operator, Claimed()!.Until));
        if (S.ClaimedBy is null) return Reply<CaseView>.Ok(View());

        (S.ClaimedBy, S.ClaimUntil) = (null, null);
        S.PendingEffects |= CaseEffects.ClaimChanged;
        QueueEntryChanged();
        await state.WriteStateAsync();
        log.LogInformation("Case {CaseId} released back to the review queue by {Actor}", CaseId, actor);
        await DriveEffects();
        return Reply<CaseView>.Ok(View());
    }

    /// <summary>The claim as stored, lapsed or not; the rules in <see cref="ReviewClaims"/> say whether it holds.</summary>
    private ReviewClaim? Claimed() => S.ClaimedBy is { } by && S.ClaimUntil is { } until ? new ReviewClaim(by, until) : null;

    /// <summary>The queue must see this step: a newer revision, and the partition fixed the first time.</summary>
    private void QueueEntryChanged()
    {
        S.QueueRevision++;
        S.QueuePartition ??= ReviewPartitions.Of(CaseId, policy.Value.Review.QueuePartitions);
    }

    /// <summary>Sends the queue the case as it stands: its entry while it awaits an operator, else its removal. Idempotent.</summary>
    private Task SyncReviewQueue()
    {
        var partition = GrainFactory.GetGrain<IReviewQueuePartitionGrain>(S.QueuePartition ?? ReviewPartitions.Of(CaseId, policy.Value.Review.QueuePartitions));
        if (!CaseMachine.AwaitsOperatorReview(S.Status)) return partition.Remove(CaseId, S.QueueRevision);
        var deadline = OperatorDeadline();
        return partition.Put(new ReviewEntry(
            CaseId, S.ListingId, S.BrandId, S.Marketplace, S.Status, ReviewPriorities.InQueue(S.Status, S.ReviewPriority), S.FiledAt,
            deadline.DueAt, deadline.EscalatedAt, S.ClaimedBy, S.ClaimUntil, S.QueueRevision));
    }
}
