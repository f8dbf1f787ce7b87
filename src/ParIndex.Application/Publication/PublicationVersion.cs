using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Publication;

/// <summary>
/// A short token that changes whenever what the public side shows can change: a new publication (first or corrected,
/// including imported past years) raises the chain's last sequence, and a period reopened for a correction leaves the
/// published periods. Public reads are cached under this token (Web/Hosting/PublicReadCache.cs).
/// <para>
/// Reading it costs two small queries, so it is kept in memory: this process marks it stale as soon as it saves a
/// publication or a period (<see cref="Changed"/>, called by the database layer), and it is read again at least every
/// <see cref="RecheckAfter"/> so that a publication made by another server or by a command-line run shows up too.
/// </para>
/// </summary>
public sealed class PublicationVersion(IParIndexDbFactory dbFactory, TimeProvider time)
{
    private volatile Snapshot? _current;
    private long _changes;

    private sealed record Snapshot(string Token, long ReadAt, long Changes);

    /// <summary>How long a token read from the database is trusted before it is read again.</summary>
    public TimeSpan RecheckAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Called when this process saved something that can change the public side; the next read asks the database.</summary>
    public void Changed() => Interlocked.Increment(ref _changes);

    public async ValueTask<string> CurrentAsync(CancellationToken ct)
    {
        var now = time.GetTimestamp();
        var known = _current;
        if (known is not null && known.Changes == Interlocked.Read(ref _changes) && time.GetElapsedTime(known.ReadAt, now) < RecheckAfter)
        {
            return known.Token;
        }

        // Read the change count before the database, so a save landing during the read makes the next call read again.
        var changes = Interlocked.Read(ref _changes);
        await using var db = await dbFactory.CreateAsync(ct);
        var lastSequence = await db.Publications.AsNoTracking().MaxAsync(p => (long?)p.Sequence, ct) ?? 0;
        var publishedPeriods = await db.Periods.AsNoTracking()
            .Where(p => p.State == PeriodState.Published || p.State == PeriodState.Archived)
            .OrderBy(p => p.Year).Select(p => p.Year).ToListAsync(ct);
        // A signed decision attached (or replaced) after publishing changes the public side too: its last attachment time.
        var lastDecisionFile = await db.SignedDocuments.AsNoTracking()
            .Where(d => d.Kind == Domain.Publications.SignedDocumentKind.PublicationDecision)
            .MaxAsync(d => (DateTime?)d.AttachedAtUtc, ct);
        var token = $"{lastSequence}-{string.Join('.', publishedPeriods)}"
            + (lastDecisionFile is { } at ? $"-d{at.Ticks}" : string.Empty);
        _current = new Snapshot(token, now, changes);
        return token;
    }
}
