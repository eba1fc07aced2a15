using Grid.Contracts;
using Grid.Contracts.Brands;
using Grid.Contracts.Cases;
using Grid.Contracts.Detectors;
using Grid.Contracts.Listings;
using Grid.Domain;
using Grid.Domain.Flags;
using Grid.Domain.Languages;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace Grid.Grains;

[StatelessWorker]
public sealed class FlagIntakeGrain(IOptions<EnforcementPolicy> policy, TimeProvider clock) : Grain, IFlagIntakeGrain
{
    /// <summary>The first of the candidates that is a registered brand: the detector's guess, then the listing's claim.</summary>
    private async Task<string?> BrandToAsk(params string?[] candidates)
    {
        foreach (var brandId in candidates)
            if (brandId is not null && await GrainFactory.GetGrain<IBrandGrain>(brandId).GetView() is not null) return brandId;
        return null;
    }

    public async Task<Reply<FlagResult>> Raise(FlagRaised flag, Guid caseIdIfOpened, string filedBy)
    {
        var listing = GrainFactory.GetGrain<IListingGrain>(flag.ListingId);
        if (await listing.GetFacts() is not { } facts)
            return Reply<FlagResult>.Unprocessable(Messages.ListingNotInCatalog(flag.ListingId));

        var brandToAsk = await BrandToAsk(flag.BrandId, facts.BrandId);
        var brandId = brandToAsk ?? flag.BrandId ?? facts.BrandId;
        var outcome = FlagTriage.Classify(flag.Score, brandToAsk is not null, policy.Value.Flags);
        var detector = GrainFactory.GetGrain<IDetectorGrain>(flag.Detector);

        if (outcome == FlagOutcome.Recorded)
        {
            await listing.RecordFlag(new ListingNotice(NoticeSource.Flag, clock.GetUtcNow(), null, brandId, flag.Detector, flag.Score));
            await detector.RecordFlag(outcome);
            return Reply<FlagResult>.Ok(new FlagResult(outcome, null));
        }

        var opened = await GrainFactory.GetGrain<ICaseGrain>(caseIdIfOpened)
            .OpenFromFlag(new FlagCaseOpening(facts, flag.Detector, flag.Score, brandId, outcome, filedBy));
        if (opened.Value is not { } filed) return opened.As<FlagResult>();
        if (filed.Created) await detector.RecordFlag(outcome);
        // A repeat flag lands on the case the detector already opened: report what that case did.
        var actual = filed.Case.Status == CaseStatus.VerificationRequested ? FlagOutcome.VerificationRequested : FlagOutcome.TakenDown;
        return Reply<FlagResult>.Ok(new FlagResult(filed.Created ? outcome : actual, filed.Case.CaseId));
    }
}
