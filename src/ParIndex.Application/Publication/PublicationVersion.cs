using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Publication;

/// <summary>
/// A short token that changes whenever what the public side shows can change: a new publication (first or corrected,
/// including imported past years) raises the chain's last sequence, and a period reopened for a correction leaves the
/// published periods. Public reads are cached under this token (Web/Hosting/PublicReadCache.cs).
/// <para>
/// It is kept in memory. This process marks it stale as soon as it saves a publication, a period or a signed document
/// (<see cref="Changed"/>, called by the database layer), so what this server publishes is public at once. The only
/// reason to ask the database otherwise is a change this process did not make: another server behind the same
/// database, or a command-line run (a past year imported). For that, every <see cref="RecheckAfter"/> one query of a
/// single row (<see cref="Probe"/>) is compared with the last one, and the token is read in full only when it differs.
/// Five seconds is the delay a citizen may see a publication made elsewhere — far below the minute browsers and
/// proxies may keep an answer anyway (PublicCache:MaxAgeSeconds) — for one indexed query per five seconds per server.
/// </para>
/// </summary>
public sealed class PublicationVersion(IParIndexDbFactory dbFactory, TimeProvider time)
{
    private volatile Snapshot? _current;
    private long _changes;

    private sealed record Snapshot(string Token, long ReadAt, long Changes, Probe Probe);

    /// <summary>
    /// What the token is made of, in one row: a publication raises the last sequence, a period reopened lowers the
    /// count of published ones (it can only come back by publishing again), a decision attached raises the last time.
    /// </summary>
    private sealed record Probe(long? LastSequence, int PublishedPeriods, int? PublishedYears, DateTime? LastDecisionFile);

    /// <summary>How long a token read from the database is trusted before it is read again.</summary>
    public TimeSpan RecheckAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Called when this process saved something that can change the public side; the next read asks the database.</summary>
    public void Changed() => Interlocked.Increment(ref _changes);

    public async ValueTask<string> CurrentAsync(CancellationToken ct)
    {
        var now = time.GetTimestamp();
        var known = _current;
        var changes = Interlocked.Read(ref _changes);
        if (known is not null && known.Changes == changes)
        {
            if (time.GetElapsedTime(known.ReadAt, now) < RecheckAfter)
            {
                return known.Token;
            }

            // Nothing saved here since: only another server could have changed it, which the probe shows.
            await using var probeDb = await dbFactory.CreateAsync(ct);
            if (await ProbeAsync(probeDb, ct) == known.Probe)
            {
                _current = known with { ReadAt = now };
                return known.Token;
            }
        }

        // The change count was read before the database, so a save landing during the read makes the next call read again.
        await using var db = await dbFactory.CreateAsync(ct);
        var probe = await ProbeAsync(db, ct);
        var publishedPeriods = await db.Periods.AsNoTracking()
            .Where(p => p.State == PeriodState.Published || p.State == PeriodState.Archived)
            .OrderBy(p => p.Year).Select(p => p.Year).ToListAsync(ct);
        var token = $"{probe.LastSequence ?? 0}-{string.Join('.', publishedPeriods)}"
            + (probe.LastDecisionFile is { } at ? $"-d{at.Ticks}" : string.Empty);
        _current = new Snapshot(token, now, changes, probe);
        return token;
    }

    /// <summary>One statement, one row; no row at all (hence all empty) before any period exists.</summary>
    private static async Task<Probe> ProbeAsync(IParIndexDb db, CancellationToken ct) =>
        await db.Periods.AsNoTracking().Select(_ => new Probe(
                db.Publications.Max(p => (long?)p.Sequence),
                db.Periods.Count(p => p.State == PeriodState.Published || p.State == PeriodState.Archived),
                db.Periods.Where(p => p.State == PeriodState.Published || p.State == PeriodState.Archived).Sum(p => (int?)p.Year),
                // A signed decision attached (or replaced) after publishing changes the public side too.
                db.SignedDocuments.Where(d => d.Kind == Domain.Publications.SignedDocumentKind.PublicationDecision).Max(d => (DateTime?)d.AttachedAtUtc)))
            .FirstOrDefaultAsync(ct)
        ?? new Probe(null, 0, null, null);
}
