using Grid.Contracts.Brands;
using Grid.Contracts.Events;
using Grid.Domain;
using Grid.Domain.Brands;
using Grid.Domain.Misuse;
using Microsoft.Extensions.Logging;

namespace Grid.Grains;

/// <summary>Misuse controls (DSA art. 23): the brand applies <see cref="MisuseRule"/> to its own window of decided notices.</summary>
public sealed partial class BrandGrain
{
    private MisusePolicy Misuse => policy.Value.Misuse;

    private MisuseStanding MisuseStanding() => new(S.MisuseLevel, S.MisuseSince, S.MisuseLastBreachAt);

    private NoticeFigures MisuseFigures(DateTimeOffset now) =>
        NoticeWindow.Figures(S.Notices, NoticeWindow.DayOf(now), Misuse.WindowDays).Overall;

    /// <summary>
    /// Applies the rule to the state (persisted by the caller's write) and says a level change as an event.
    /// The breach time it remembers while the level holds is persisted with the next write, whenever that is.
    /// </summary>
    private MisuseLevelChanged? ApplyMisuseRule(DateTimeOffset now)
    {
        if (S.Profile is null) return null;
        var figures = MisuseFigures(now);
        var before = MisuseStanding();
        var after = MisuseRule.Decide(figures, before, now, Misuse);
        (S.MisuseLevel, S.MisuseSince, S.MisuseLastBreachAt) = (after.Level, after.Since, after.LastBreachAt);
        if (after.Level == before.Level) return null;
        var view = MisuseFiguresView.From(figures, Misuse.WindowDays);
        log.LogWarning("Brand {BrandId} misuse level moved from {From} to {To}: {Rejected} of {Decided} notices rejected in {WindowDays} days",
            BrandId, before.Level, after.Level, figures.Rejected, figures.Decided, Misuse.WindowDays);
        return new MisuseLevelChanged
        {
            BrandId = BrandId, At = now, From = before.Level, To = after.Level, Figures = view, Until = after.Until(Misuse),
        };
    }

    private MisuseView MisuseView() => Grid.Contracts.Brands.MisuseView.From(MisuseStanding(), Misuse);
}
