using Grid.Contracts;
using Grid.Contracts.Agents;
using Grid.Contracts.Brands;
using Grid.Contracts.Cases;
using Grid.Contracts.Detectors;
using Grid.Contracts.Events;
using Grid.Contracts.Listings;
using Grid.Contracts.Reports;
using Grid.Contracts.Sellers;
using Grid.Domain;
using Grid.Domain.Cases;
using Grid.Domain.Languages;
using Grid.Domain.Reasons;
using Grid.Domain.Reports;
using Grid.Domain.Review;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementOfReasons = Grid.Contracts.Cases.StatementOfReasons;

namespace Grid.Grains;

public sealed partial class CaseGrain(
    [PersistentState("case", GridNames.Storage)] IPersistentState<CaseState> state,
    IOptions<EnforcementPolicy> policy,
    TimeProvider clock,
    ILogger<CaseGrain> log) : Grain, ICaseGrain, IRemindable
{
    private const string Automation = "system:auto-takedown";
    private const string Deadline = "system:review-deadline";
    private const string VerificationExpiry = "system:verification-deadline";
    private const string ReviewDue = "review-due";

    // After the first tick, the reminder re-fires at this period until the case no longer needs it (a tick lost to a crash is retried).
    private static readonly TimeSpan ReviewRecheck = TimeSpan.FromHours(1);

    private Guid CaseId => this.GetPrimaryKey();
    private CaseState S => state.State;
    private bool Exists => S.History.Count > 0;

    public async Task<Reply<FiledCase>> FileComplaint(ComplaintFiling filing)
    {
        if (Exists) return await Replay(S.Source == NoticeSource.Complaint && S.BrandId == filing.BrandId
            && S.ListingId == filing.ListingId && S.Right == filing.Right && S.Kind == filing.Kind && S.ComplaintId == filing.ComplaintId);

        if (await GrainFactory.GetGrain<IBrandGrain>(filing.BrandId).GetView() is not { } brand)
            return Reply<FiledCase>.Unprocessable(Messages.BrandNotRegistered(filing.BrandId));
        if (!brand.Rights.Contains(filing.Right))
            return Reply<FiledCase>.Unprocessable(Messages.RightNotRegistered(filing.BrandId, filing.Right.Type, filing.Right.RegistrationNumber));

        // Misuse controls (DSA art. 23): a suspended brand files nothing; no case is opened.
        if (brand.Misuse is { Level: MisuseLevel.Suspended, Until: { } until })
            return Reply<FiledCase>.Forbidden(Messages.BrandSuspended(filing.BrandId, until));

        // The same controls reach an agent filing for the brand, on the agent's own record.
        var agentMisuse = MisuseLevel.None;
        if (filing.AgentId is { } agentId)
        {
            var agent = await GrainFactory.GetGrain<IAgentGrain>(agentId).GetView();
            if (agent.Misuse is { Level: MisuseLevel.Suspended, Until: { } agentUntil })
                return Reply<FiledCase>.Forbidden(Messages.AgentSuspended(agentId, agentUntil));
            agentMisuse = agent.Misuse.Level;
        }

        var now = clock.GetUtcNow();
        var route = ComplaintTriage.Route(brand.Tier, now, policy.Value.Review);
        return await Open(
            filing.ListingId,
            NoticeKeys.ForComplaint(filing.BrandId, filing.Right.Type, filing.Right.RegistrationNumber),
            new ListingNotice(NoticeSource.Complaint, now, CaseId, filing.BrandId, null, null),
            listing => new CaseState
            {
                Source = NoticeSource.Complaint,
                SellerId = listing.SellerId,
                BrandId = filing.BrandId,
                BrandTier = brand.Tier,
                Right = filing.Right,
                Kind = filing.Kind,
                Evidence = [.. filing.Evidence],
                Language = filing.Language,
                DueAt = route.DueAt,
                AnswerDueAt = route.DueAt is null ? null : Appeals.AnswerDueAt(now, policy.Value.Appeals.AnswerWorkingDays),
                ComplaintId = filing.ComplaintId,
                ReviewPriority = ReviewPriorities.Of(brand.Tier, brand.Misuse.Level, agentMisuse),
                AgentId = filing.AgentId,
            },
            filing.FiledBy, route.Action, filing.FiledBy);
    }

    public async Task<Reply<FiledCase>> OpenFromFlag(FlagCaseOpening opening)
    {
        if (Exists) return await Replay(S.Source == NoticeSource.Flag && S.ListingId == opening.Listing.ListingId && S.Detector == opening.Detector);

        var takedown = opening.Outcome == FlagOutcome.TakenDown;
        // One instant for the filing and the deadline it starts, so the brand's due time is exactly the policy's hours after it.
        var now = clock.GetUtcNow();
        return await Open(
            opening.Listing.ListingId,
            NoticeKeys.ForFlag(opening.Detector),
            new ListingNotice(NoticeSource.Flag, now, CaseId, opening.BrandId, opening.Detector, opening.Score),
            listing => new CaseState
            {
                Source = NoticeSource.Flag,
                SellerId = listing.SellerId,
                BrandId = opening.BrandId,
                Detector = opening.Detector,
                Score = opening.Score,
                VerificationDueAt = takedown ? null : VerificationDeadline.DueAt(now, policy.Value.Verification),
            },
            opening.FiledBy,
            takedown ? CaseAction.TakeDownAtOnce : CaseAction.RequestVerification,
            takedown ? Automation : opening.FiledBy);
    }

    /// <summary>A notice sent again to the case it opened (same Idempotency-Key): the case as it stands, or a conflict.</summary>
    private async Task<Reply<FiledCase>> Replay(bool sameNotice)
    {
        await DriveEffects();
        await WatchDeadline();
        return sameNotice
            ? Reply<FiledCase>.Ok(new FiledCase(View(), false))
            : Reply<FiledCase>.Conflict(Messages.IdempotencyKeyUsedForOtherNotice());
    }

    /// <summary>
    /// Opens this case for a notice: holds the notice on the listing (or answers with the case that already
    /// holds it), records the filing and the first step, persists, then drives the step's effects.
    /// </summary>
    private async Task<Reply<FiledCase>> Open(
        string listingId, string noticeKey, ListingNotice notice, Func<ListingFacts, CaseState> create,
        string filedBy, CaseAction firstStep, string stepActor)
    {
        var held = await Hold(listingId, noticeKey, notice);
        if (held.Value is not { } listing) return held.As<FiledCase>();
        if (listing.Other is { } existing) return Reply<FiledCase>.Ok(new FiledCase(existing, false));

        var now = notice.At;
        state.State = create(listing.Facts);
        S.Marketplace = listing.Facts.Marketplace;
        S.Status = CaseStatus.Filed;
        S.ListingId = listingId;
        S.FiledAt = now;
        S.NoticeKey = noticeKey;
        S.History = [new CaseHistoryEntry(now, CaseStatus.Filed, filedBy, null)];
        Apply(firstStep, stepActor, null, now);
        await state.WriteStateAsync();
        log.LogInformation("Case {CaseId} opened on listing {ListingId} from a {Source}: {Status}", CaseId, listingId, S.Source, S.Status);
        await DriveEffects();
        await WatchDeadline();
        return Reply<FiledCase>.Ok(new FiledCase(View(), true));
    }

    public async Task<Reply<CaseView>> Decide(ReviewDecision decision, string? note, string actor)
    {
        if (ClaimedByAnother(actor) is { } refused) return refused;
        return await Act(decision == ReviewDecision.Uphold ? CaseAction.Uphold : CaseAction.Reject, note, actor);
    }

    /// <summary>
    /// A case under review (a complaint, or an appeal) that another operator claimed is theirs to decide. Checked and
    /// applied in one turn of this grain, so no other operator's claim can slip in between; a decided case holds no claim.
    /// </summary>
    private Reply<CaseView>? ClaimedByAnother(string actor) =>
        Exists && !ReviewClaims.MayDecide(Claimed(), actor, clock.GetUtcNow())
            ? Reply<CaseView>.Conflict(Messages.ClaimedAgainstDecision(CaseId, Claimed()!.Operator, Claimed()!.Until))
            : null;

    public Task<Reply<CaseView>> AnswerVerification(VerificationVerdict verdict, string actor) =>
        Act(verdict == VerificationVerdict.Counterfeit ? CaseAction.ConfirmCounterfeit : CaseAction.ConfirmGenuine, null, actor);

    public Task<Reply<CaseView>> Retract(string actor) => Act(CaseMachine.RetractionOf(S.Status), null, actor);

    public Task<CaseView?> GetView() => Task.FromResult(Exists ? View() : null);

    public async Task<Reply<CaseView>> Answer(string statement, string actor)
    {
        if (!Exists) return Reply<CaseView>.NotFound(Messages.CaseNotFound(CaseId));
        var now = clock.GetUtcNow();
        if (Appeals.AnswerProblem(S.Status, S.AnswerDueAt, now) is { } problem) return Reply<CaseView>.Conflict(problem);
        if (S.SellerAnswer is not null) return Reply<CaseView>.Conflict(Messages.AlreadyAnswered());
        S.SellerAnswer = new SellerStatement(statement, now, actor);
        await state.WriteStateAsync();
        log.LogInformation("Case {CaseId}: the seller answered", CaseId);
        return Reply<CaseView>.Ok(View());
    }

    public async Task<Reply<CaseView>> Appeal(string statement, string actor)
    {
        if (!Exists) return Reply<CaseView>.NotFound(Messages.CaseNotFound(CaseId));
        await DriveEffects();
        var now = clock.GetUtcNow();
        if (Appeals.AppealProblem(S.Status, S.DecidedAt, now, policy.Value.Appeals) is { } problem) return Reply<CaseView>.Conflict(problem);
        S.Appeal = new AppealRecord(new SellerStatement(statement, now, actor), null, null, null, null,
            DueAt: Appeals.DecisionDueAt(now, policy.Value.Appeals));
        return await Act(CaseAction.Appeal, null, actor);
    }

    public async Task<Reply<CaseView>> DecideAppeal(AppealDecision decision, string? note, string actor)
    {
        if (ClaimedByAnother(actor) is { } refused) return refused;
        return await Act(decision == AppealDecision.Grant ? CaseAction.GrantAppeal : CaseAction.DenyAppeal, note, actor);
    }

    private async Task<Reply<CaseView>> Act(CaseAction action, string? note, string actor)
    {
        if (!Exists) return Reply<CaseView>.NotFound(Messages.CaseNotFound(CaseId));
        await DriveEffects();
        if (!CaseEffects.Applies(S.Source, action) || !CaseMachine.TryApply(S.Status, action, out _))
            return Reply<CaseView>.Conflict(Messages.CaseCannotTake(CaseId, S.Status, action));
        Apply(action, actor, note, clock.GetUtcNow());
        await state.WriteStateAsync();
        log.LogInformation("Case {CaseId} moved to {Status} by {Actor}", CaseId, S.Status, actor);
        await DriveEffects();
        await WatchDeadline();
        return Reply<CaseView>.Ok(View());
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReviewDue) return;
        if (!Exists)
        {
            // A reminder outlived its case's state (never written): nothing to watch.
            if (await this.GetReminder(ReviewDue) is { } orphan) await this.UnregisterReminder(orphan);
            return;
        }
        await DriveEffects();
        var now = clock.GetUtcNow();
        var operators = OperatorDeadline();
        if (ReviewDeadline.ShouldEscalate(S.Status, operators.DueAt, operators.EscalatedAt, now))
        {
            var appeal = S.Status == CaseStatus.Appealed;
            var due = operators.DueAt!.Value;
            ApplyWithSystemNote(CaseAction.Escalate, Deadline, appeal ? Messages.AppealOverdueNote(due) : Messages.ReviewOverdueNote(due), now);
            if (appeal) S.Appeal = S.Appeal! with { EscalatedAt = now };
            else S.EscalatedAt = now;
            await state.WriteStateAsync();
            log.LogWarning("Case {CaseId} on listing {ListingId} is overdue in {Status} (due {DueAt:O}); escalated to operators",
                CaseId, S.ListingId, S.Status, operators.DueAt);
            await DriveEffects();
        }
        else if (VerificationDeadline.ShouldExpire(S.Status, S.VerificationDueAt, now))
        {
            ApplyWithSystemNote(CaseAction.ExpireVerification, VerificationExpiry, Messages.VerificationExpiredNote(S.VerificationDueAt!.Value), now);
            await state.WriteStateAsync();
            log.LogInformation("Case {CaseId}: verification request to brand {BrandId} expired unanswered", CaseId, S.BrandId);
            await DriveEffects();
        }
        await WatchDeadline();
    }

    /// <summary>
    /// Keeps a persistent reminder registered exactly while the review deadline needs watching, so an
    /// overdue review is escalated even if every silo restarted in between.
    /// </summary>
    private async Task WatchDeadline()
    {
        // One reminder per case, for whichever deadline it has.
        var due = CaseDeadlines.Watched(S.Status, OperatorDeadline(), S.VerificationDueAt);
        var needed = due is not null;
        // No step goes from one watched deadline straight to another (an appeal follows a decided case), so a flag suffices.
        if (needed == S.WatchingDeadline) return;
        if (needed)
        {
            var until = ReviewDeadline.Until(due!.Value, clock.GetUtcNow());
            await this.RegisterOrUpdateReminder(ReviewDue, until, ReviewRecheck);
        }
        else if (await this.GetReminder(ReviewDue) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
        S.WatchingDeadline = needed;
        await state.WriteStateAsync();
    }

    /// <summary>A step with a note the system writes: kept as a message too, so it reads in the reader's language.</summary>
    private void ApplyWithSystemNote(CaseAction action, string actor, Message note, DateTimeOffset now) => Apply(action, actor, note.English, now, note);

    /// <summary>The one place a case changes status; the caller has checked the move is legal.</summary>
    private void Apply(CaseAction action, string actor, string? note, DateTimeOffset now, Message? systemNote = null)
    {
        var from = S.Status;
        CaseMachine.TryApply(from, action, out var to);
        S.Status = to;
        S.LastAction = action;
        S.History.Add(new CaseHistoryEntry(now, to, actor, note, systemNote));
        var effects = CaseEffects.For(S.Source, from, action);
        S.PendingEffects |= effects;
        if ((effects & CaseEffects.ReviewQueue) != 0) QueueEntryChanged();
        if (!CaseMachine.AwaitsOperatorReview(to)) (S.ClaimedBy, S.ClaimUntil) = (null, null);
        if (!CaseMachine.AwaitsDecision(to)) S.DecidedAt ??= now;
        if (action is CaseAction.GrantAppeal or CaseAction.DenyAppeal && S.Appeal is { } appeal)
            S.Appeal = appeal with { Decision = action == CaseAction.GrantAppeal ? AppealDecision.Grant : AppealDecision.Deny, Note = note, DecidedAt = now, DecidedBy = actor };
        // The statement of reasons is written when the takedown is decided; an appeal leaves it as it was.
        if (CaseMachine.BlocksListing(to) && !CaseMachine.BlocksListing(from))
        {
            S.Statement = StatementOfReasons.ForTakedown(new TakedownGrounds(
                S.Source, action, S.BrandTier, S.BrandId, S.Right?.Type, S.Right?.RegistrationNumber, S.Kind, S.Detector, S.Score));
        }
    }

    /// <summary>
    /// Carries out what the last transition requires elsewhere. Each effect is idempotent (keyed by
    /// the case id), so after a failure the next call on this case simply runs them again.
    /// </summary>
    private async Task DriveEffects()
    {
        var e = S.PendingEffects;
        if (e == CaseEffect.None) return;
        var listing = GrainFactory.GetGrain<IListingGrain>(S.ListingId);
        var at = S.History[^1].At; // when the step that owes these effects was taken

        // The block comes first and alone: the front end must see it before anyone is told.
        if (e.HasFlag(CaseEffect.BlockListing)) await listing.TakeDown(new ListingTakedown(CaseId, at, S.Statement!));
        if (e.HasFlag(CaseEffect.UnblockListing)) await listing.Reinstate(CaseId);
        if (e.HasFlag(CaseEffect.ReleaseNotice)) await listing.ReleaseNotice(S.NoticeKey, CaseId);
        // The brand hears of the case before the seller is struck: the strike may publish a penalty
        // on the same stream, and a penalty must never arrive before the takedown that earned it.
        var brandStep = 0;
        if (S.BrandId is { } brandId)
        {
            brandStep = S.History.Count;
            S.BrandMark = await GrainFactory.GetGrain<IBrandGrain>(brandId)
                .RecordStep(CaseId, brandStep, CaseEffects.BrandOutcomeOf(e), [.. EventsFor(e, brandId, at)], S.Kind, at, S.BrandMark);
        }
        if (S.AgentId is { } agentId && CaseEffects.BrandOutcomeOf(e) is { } outcome)
            await GrainFactory.GetGrain<IAgentGrain>(agentId).RecordCase(CaseId, S.History.Count, outcome, S.Kind, at);
        if (e.HasFlag(CaseEffect.StrikeSeller))
            await GrainFactory.GetGrain<ISellerGrain>(S.SellerId).AddStrike(new StrikeCommand(CaseId, S.ListingId, S.BrandId, at));
        if (e.HasFlag(CaseEffect.RemoveStrike)) await GrainFactory.GetGrain<ISellerGrain>(S.SellerId).RemoveStrike(CaseId);
        if (e.HasFlag(CaseEffect.RememberDetectorVerdict) && S.Detector is { } detector)
        {
            var verdict = S.Status == CaseStatus.Cleared ? VerificationVerdict.Genuine : VerificationVerdict.Counterfeit;
            await GrainFactory.GetGrain<IDetectorGrain>(detector).RecordVerdict(CaseId, verdict);
        }
        if ((e & CaseEffects.ReviewQueue) != 0) await SyncReviewQueue();

        await LogActivity(at);

        S.PendingEffects = CaseEffect.None;
        await state.WriteStateAsync();
        // The mark is stored with the case now: the brand may forget it (one-way; a lost settle only leaves a mark behind).
        if (brandStep > 0) await GrainFactory.GetGrain<IBrandGrain>(S.BrandId!).SettleCase(CaseId, brandStep);
    }

    /// <summary>The step's entries in the enforcement log (statements of reasons, transparency report); keyed, so re-driving repeats none.</summary>
    private async Task LogActivity(DateTimeOffset at)
    {
        foreach (var (kind, channel) in CaseActivity.For(S.LastAction, S.Source, S.BrandTier))
        {
            var takedown = kind == ActivityKind.Takedown;
            await GrainFactory.Append(new ActivityRecord(
                CaseActivity.Puid(CaseId, S.History.Count, kind), kind, at, channel,
                takedown ? S.FiledAt : null, CaseId, S.ListingId, S.SellerId, S.BrandId, S.Right?.Type, S.Right?.RegistrationNumber, S.Kind,
                null, null, S.Source == NoticeSource.Flag, takedown && S.Statement?.AutomatedDecision == true,
                takedown ? S.Statement?.Facts : null));
        }
    }

    private IEnumerable<BrandEvent> EventsFor(CaseEffect e, string brandId, DateTimeOffset at)
    {
        if (e.HasFlag(CaseEffect.TellComplaintFiled))
            yield return new ComplaintFiled
            {
                BrandId = brandId, At = S.FiledAt, CaseId = CaseId, ListingId = S.ListingId,
                Kind = S.Kind ?? NoticeKind.Counterfeit, Status = S.Status, DueAt = S.DueAt,
            };
        if (e.HasFlag(CaseEffect.TellVerificationRequested))
            yield return new VerificationRequested
            {
                BrandId = brandId, At = at, CaseId = CaseId, ListingId = S.ListingId, Detector = S.Detector!, Score = S.Score ?? 0,
                DueAt = S.VerificationDueAt,
            };
        if (e.HasFlag(CaseEffect.TellCaseDecided))
            yield return new CaseDecided
            {
                BrandId = brandId, At = at, CaseId = CaseId, ListingId = S.ListingId, Status = S.Status, Note = S.History[^1].Note,
            };
        if (e.HasFlag(CaseEffect.TellAppealFiled) && S.Appeal is { } filed)
            yield return new AppealFiled { BrandId = brandId, At = at, CaseId = CaseId, ListingId = S.ListingId, SellerId = S.SellerId, Statement = filed.Ground.Statement };
        if (e.HasFlag(CaseEffect.TellAppealDecided) && S.Appeal?.Decision is { } decision)
            yield return new AppealDecided { BrandId = brandId, At = at, CaseId = CaseId, ListingId = S.ListingId, Decision = decision, Note = S.Appeal.Note };
        if (e.HasFlag(CaseEffect.TellVerificationExpired))
            yield return new VerificationExpired { BrandId = brandId, At = at, CaseId = CaseId, ListingId = S.ListingId, Detector = S.Detector! };
        if (e.HasFlag(CaseEffect.TellReviewOverdue) && OperatorDeadline().DueAt is { } dueAt)
            yield return new ReviewOverdue { BrandId = brandId, At = at, CaseId = CaseId, ListingId = S.ListingId, DueAt = dueAt, Status = S.Status };
        if (e.HasFlag(CaseEffect.TellListingReinstated))
            yield return new ListingReinstated { BrandId = brandId, At = at, CaseId = CaseId, ListingId = S.ListingId };
        if (e.HasFlag(CaseEffect.TellListingTakenDown))
            yield return new ListingTakenDown
            {
                BrandId = brandId, At = at, CaseId = CaseId, ListingId = S.ListingId, SellerId = S.SellerId,
                AutomatedDecision = S.Statement?.AutomatedDecision ?? false,
            };
    }

    private sealed record HeldListing(ListingFacts Facts, CaseView? Other);

    /// <summary>
    /// Reserves the notice on the listing for this case. If another live case holds it, that case is the answer;
    /// a stale hold (its case never written, or already closed) is taken over.
    /// </summary>
    private async Task<Reply<HeldListing>> Hold(string listingId, string noticeKey, ListingNotice notice)
    {
        var listing = GrainFactory.GetGrain<IListingGrain>(listingId);
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await listing.HoldNotice(noticeKey, CaseId, notice) is not { } hold)
                return Reply<HeldListing>.Unprocessable(Messages.ListingNotInCatalog(listingId));
            if (hold.HeldBy == CaseId) return Reply<HeldListing>.Ok(new HeldListing(hold.Listing, null));
            if (await GrainFactory.GetGrain<ICaseGrain>(hold.HeldBy).GetView() is { } other && CaseMachine.HoldsNotice(other.Status))
                return Reply<HeldListing>.Ok(new HeldListing(hold.Listing, other));
            // The holder never got written, or closed without its release reaching the listing: the notice is free.
            await listing.ReleaseNotice(noticeKey, hold.HeldBy);
        }
        return Reply<HeldListing>.Conflict(Messages.NoticeBeingFiled(listingId));
    }

    /// <summary>The operators' deadline the case is under now (see <see cref="CaseDeadlines.ForOperators"/>).</summary>
    private OperatorDeadline OperatorDeadline() => CaseDeadlines.ForOperators(
        S.Status, new(S.DueAt, S.EscalatedAt), new(S.Appeal?.DueAt, S.Appeal?.EscalatedAt));

    private CaseView View()
    {
        var now = clock.GetUtcNow();
        var claim = ReviewClaims.Active(Claimed(), now);
        return new(
            CaseId, S.Source, S.Status, S.ListingId, S.SellerId, S.BrandId, S.Right, S.Kind, S.Evidence, S.Language,
            S.Detector, S.Score, S.FiledAt, S.DueAt, S.DecidedAt, S.Statement, S.History, S.EscalatedAt,
            S.AnswerDueAt, S.SellerAnswer, S.Appeal, S.ComplaintId,
            claim?.Operator, claim?.Until, ResponseTime.Seconds(S.FiledAt, S.DecidedAt, now), S.VerificationDueAt);
    }
}
