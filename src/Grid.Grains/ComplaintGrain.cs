using Grid.Contracts;
using Grid.Contracts.Brands;
using Grid.Contracts.Cases;
using Grid.Domain;
using Grid.Domain.Cases;
using Grid.Domain.Languages;
using Microsoft.Extensions.Logging;

namespace Grid.Grains;

public sealed class ComplaintGrain(
    [PersistentState("complaint", GridNames.Storage)] IPersistentState<ComplaintState> state,
    TimeProvider clock,
    ILogger<ComplaintGrain> log) : Grain, IComplaintGrain
{
    // Enough to keep the silo busy, few enough that one complaint of 300 listings does not crowd out other callers.
    private const int FilingConcurrency = 16;

    private Guid ComplaintId => this.GetPrimaryKey();
    private ComplaintState S => state.State;

    public async Task<Reply<FiledComplaint>> File(ComplaintFiling filing, IReadOnlyList<string> listingIds)
    {
        var created = S.Filing is null;
        if (!created && !Same(filing, listingIds))
            return Reply<FiledComplaint>.Conflict(Messages.IdempotencyKeyUsedForOtherComplaint());
        // A suspended brand gets one refusal for the complaint, not one per listing, and no group is written.
        if (created && await GrainFactory.GetGrain<IBrandGrain>(filing.BrandId).GetView() is { Misuse: { Level: MisuseLevel.Suspended, Until: { } until } })
            return Reply<FiledComplaint>.Forbidden(Messages.BrandSuspended(filing.BrandId, until));
        if (created)
        {
            // The group is written before any case, so a failure half-way leaves a complaint a resend can complete.
            S.Filing = filing with { ListingId = "", ComplaintId = ComplaintId };
            S.ListingIds = [.. listingIds];
            S.FiledAt = clock.GetUtcNow();
            await state.WriteStateAsync();
        }

        // Batches on the grain's own scheduler (Parallel.ForEachAsync would leave it).
        var refused = new Dictionary<string, Message>();
        var opened = new Dictionary<string, Guid>();
        foreach (var batch in S.ListingIds.Chunk(FilingConcurrency))
        {
            var replies = await Task.WhenAll(batch.Select(listingId =>
                GrainFactory.GetGrain<ICaseGrain>(ComplaintGroups.CaseIdOf(ComplaintId, listingId)).FileComplaint(S.Filing! with { ListingId = listingId })));
            for (var i = 0; i < batch.Length; i++)
            {
                // The listing's case may be an earlier one holding the same notice: that case is the answer.
                if (replies[i].Value is { } filed) opened[batch[i]] = filed.Case.CaseId;
                else refused[batch[i]] = replies[i].Why ?? Messages.NoCaseOpened();
            }
        }
        var refusedText = refused.ToDictionary(r => r.Key, r => r.Value.English);
        if (!refusedText.OrderBy(r => r.Key).SequenceEqual(S.Refused.OrderBy(r => r.Key)) || !opened.OrderBy(o => o.Key).SequenceEqual(S.Cases.OrderBy(o => o.Key)))
        {
            S.Refused = refusedText;
            S.RefusedWhy = refused;
            S.Cases = opened;
            await state.WriteStateAsync();
        }
        log.LogInformation("Complaint {ComplaintId} of brand {BrandId}: {Cases} cases, {Refused} listings refused",
            ComplaintId, filing.BrandId, S.ListingIds.Count - refused.Count, refused.Count);
        return Reply<FiledComplaint>.Ok(new FiledComplaint(await View(), created));
    }

    public async Task<ComplaintView?> GetView() => S.Filing is null ? null : await View();

    private bool Same(ComplaintFiling filing, IReadOnlyList<string> listingIds) =>
        S.Filing is { } f && f.BrandId == filing.BrandId && f.Right == filing.Right && f.Kind == filing.Kind
        && S.ListingIds.SequenceEqual(listingIds);

    private async Task<ComplaintView> View()
    {
        var items = await Task.WhenAll(S.ListingIds.Select(async listingId =>
        {
            if (S.RefusedWhy.TryGetValue(listingId, out var why)) return new ComplaintItem(listingId, null, null, why.English, why);
            if (S.Refused.TryGetValue(listingId, out var error)) return new ComplaintItem(listingId, null, null, error);
            var caseId = S.Cases.TryGetValue(listingId, out var known) ? known : ComplaintGroups.CaseIdOf(ComplaintId, listingId);
            var view = await GrainFactory.GetGrain<ICaseGrain>(caseId).GetView();
            var opening = view is null ? Messages.CaseBeingOpened() : null;
            return new ComplaintItem(listingId, view?.CaseId ?? caseId, view?.Status, opening?.English, opening);
        }));
        var f = S.Filing!;
        return new ComplaintView(ComplaintId, f.BrandId, f.Right, f.Kind, S.FiledAt, items, f.FiledBy, f.Language);
    }
}
