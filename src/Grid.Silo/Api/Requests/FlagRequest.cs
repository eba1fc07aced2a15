using Grid.Contracts.Detectors;
using Grid.Domain.Flags;
using Grid.Domain.Languages;
using Grid.Silo.Api.Problems;

namespace Grid.Silo.Api.Requests;

/// <summary>POST /v1/flags: a detector's score for a listing.</summary>
public sealed record FlagRequest(string? ListingId, string? Detector, double? Score, string? BrandId)
{
    public void Validate(InputErrors e)
    {
        e.Id("listingId", ListingId);
        e.Id("detector", Detector);
        e.Id("brandId", BrandId, required: false);
        if (Score is null) e.Add("score", Messages.Required());
        else if (!FlagTriage.IsValidScore(Score.Value)) e.Add("score", Messages.ScoreOutOfRange());
    }

    public FlagRaised ToFlag() => new(ListingId!, Detector!, Score!.Value, BrandId);
}
