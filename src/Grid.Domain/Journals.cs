namespace Grid.Domain;

/// <summary>
/// Grain storage writes a state whole; a grain whose entries only grow keeps them as a snapshot plus a journal of
/// what came since, and writes the journal on each change.
/// </summary>
public static class Journals
{
    /// <summary>
    /// Fold the journal into the snapshot once it holds about sqrt(2n) changes for n entries: a change then costs a
    /// journal write of sqrt(n/2) entries on average plus a share of the next snapshot, the least total for n entries,
    /// instead of writing all n every time. Never before <paramref name="minJournal"/>, so small ones do not churn.
    /// </summary>
    public static bool ShouldCompact(int journalLength, int entries, int minJournal) =>
        journalLength >= Math.Max(minJournal, (int)Math.Sqrt(2.0 * entries));
}
