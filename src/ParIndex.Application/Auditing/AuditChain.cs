using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Auditing;

namespace ParIndex.Application.Auditing;

/// <summary>
/// The audit trail's hash chain (docs/adr/0005, docs/security.md): how an entry is hashed, and the walk that recomputes
/// every hash in insertion order. An edited row no longer matches its own hash; a deleted, inserted or reordered row
/// breaks the link to the row after it and leaves a gap in the sequence numbers; a cut tail, or rows appended by hand
/// with recomputed hashes, disagree with the heads kept outside the database (<see cref="IAuditHeadStore"/>). The walk
/// streams the trail, so a national-size trail never sits in memory.
/// </summary>
public static class AuditChain
{
    /// <summary>At most this many problems are listed; the count covers them all.</summary>
    public const int MaxListedProblems = 100;

    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Actions after which the head is also kept as a checkpoint: state changes, approvals, publications.</summary>
    public static bool IsMilestone(string action) =>
        action.StartsWith("period.", StringComparison.Ordinal) && action is not "period.workflowRead";

    public static Task<AuditChainReport> VerifyAsync(IParIndexDb db, TimeProvider clock, CancellationToken ct) =>
        VerifyAsync(db, clock, null, ct);

    public static async Task<AuditChainReport> VerifyAsync(IParIndexDb db, TimeProvider clock, IAuditHeadStore? heads, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = new ProblemList();
        var latest = heads?.Latest();
        var checkpoints = heads?.Checkpoints() ?? [];
        var wanted = checkpoints.SelectMany(c => new[] { c.Head, c.DatabaseEnd }).Append(latest)
            .Where(h => h is { Sequence: > 0 }).Select(h => h!.Sequence).ToHashSet();
        var found = new Dictionary<long, string>();
        long checkedCount = 0;
        long previousSequence = 0;
        AuditEntry? previous = null;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            checkedCount++;
            var sequence = entry.Sequence > 0 ? entry.Sequence : checkedCount;
            var messages = Problems(previous, previousSequence, entry).ToList();
            if (messages.Count > 0)
            {
                problems.Add(new(entry.Id, entry.OccurredAtUtc, entry.Action, string.Join(" ", messages), entry.Sequence));
            }

            if (wanted.Contains(sequence))
            {
                found[sequence] = entry.Hash;
            }

            previous = entry;
            previousSequence = sequence;
        }

        if (heads is not null)
        {
            CompareWithHeads(problems, latest, checkpoints, found, previous, previousSequence);
            if (previous is { Sequence: > 0 } && previousSequence > (latest?.Sequence ?? 0))
            {
                // A save commits before it writes its head: give one in flight a moment before calling its rows foreign.
                await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
                var after = heads.Latest();
                if (previousSequence > (after?.Sequence ?? 0))
                {
                    problems.Add(new(previous.Id, previous.OccurredAtUtc, previous.Action, after is null
                        ? AuditChainMessages.NoHeadOutside
                        : AuditChainMessages.RowsNotWrittenAfterHead(after.Sequence + 1, previousSequence, after.Sequence), previousSequence));
                }
            }
        }

        return new AuditChainReport(problems.Count == 0, checkedCount, previous?.Id, previous?.Hash, clock.GetUtcNow().UtcDateTime,
            problems.Count, problems.Listed, previous is null ? null : previousSequence, heads is null ? null : latest?.Sequence);
    }

    private static void CompareWithHeads(ProblemList problems, AuditHead? latest, IReadOnlyList<AuditCheckpoint> checkpoints,
        Dictionary<long, string> found, AuditEntry? last, long lastSequence)
    {
        var named = new HashSet<(long, string)>();
        // Heads a later save found missing: the database then ended at an earlier number.
        var cutAt = checkpoints.Where(c => c.DatabaseEnd is { } end && end.Sequence < c.Head.Sequence)
            .GroupBy(c => (c.Head.Sequence, c.Head.Hash)).ToDictionary(g => g.Key, g => g.First().DatabaseEnd!);
        foreach (var head in checkpoints.Select(c => c.Head).Append(latest).OfType<AuditHead>().Where(h => h.Sequence > 0))
        {
            if (!named.Add((head.Sequence, head.Hash)))
            {
                continue;
            }

            if (!found.TryGetValue(head.Sequence, out var hash) && cutAt.TryGetValue((head.Sequence, head.Hash), out var end))
            {
                problems.Add(new(0, head.OccurredAtUtc, head.Action,
                    AuditChainMessages.RowsDeleted(end.Sequence + 1, head.Sequence, head.Action, head.OccurredAtUtc, end.Sequence), end.Sequence + 1));
            }
            else if (hash is null)
            {
                problems.Add(new(0, head.OccurredAtUtc, head.Action, head.Sequence > lastSequence
                    ? AuditChainMessages.TailCut(lastSequence + 1, head.Sequence, head.Action, head.OccurredAtUtc, lastSequence,
                        last is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (#{last.Id})"))
                    : AuditChainMessages.RowMissing(head.Sequence, head.Action, head.OccurredAtUtc),
                    head.Sequence > lastSequence ? lastSequence + 1 : head.Sequence));
            }
            else if (!string.Equals(hash, head.Hash, StringComparison.Ordinal))
            {
                problems.Add(new(0, head.OccurredAtUtc, head.Action, AuditChainMessages.RowRewritten(head.Sequence, head.Action, head.OccurredAtUtc), head.Sequence));
            }
        }

        foreach (var checkpoint in checkpoints.Where(c => c.DatabaseEnd is { } end && end.Sequence > c.Head.Sequence))
        {
            if (found.TryGetValue(checkpoint.DatabaseEnd!.Sequence, out var hash) && string.Equals(hash, checkpoint.DatabaseEnd.Hash, StringComparison.Ordinal))
            {
                problems.Add(new(0, checkpoint.DatabaseEnd.OccurredAtUtc, checkpoint.DatabaseEnd.Action,
                    AuditChainMessages.RowsInserted(checkpoint.Head.Sequence + 1, checkpoint.DatabaseEnd.Sequence, checkpoint.Head.Sequence), checkpoint.Head.Sequence + 1));
            }
        }
    }

    private static IEnumerable<string> Problems(AuditEntry? previous, long previousSequence, AuditEntry entry)
    {
        if (!entry.IsIntact(Sha256Hex))
        {
            yield return AuditChainMessages.EntryEdited;
        }

        var gap = entry.Sequence > 0 && entry.Sequence != previousSequence + 1
            ? entry.Sequence > previousSequence + 1
                ? AuditChainMessages.RowsMissing(previousSequence + 1, entry.Sequence - 1)
                : AuditChainMessages.SequenceBroken(entry.Sequence, previousSequence)
            : entry.Sequence == 0 && previous is { Sequence: > 0 }
                ? AuditChainMessages.Unnumbered
                : null;

        if (!string.Equals(entry.PreviousHash, previous?.Hash, StringComparison.Ordinal))
        {
            yield return previous is null
                ? AuditChainMessages.FirstRowBroken
                : entry.Id - previous.Id > 1
                    ? AuditChainMessages.ChainBrokenRowsGone(previous.Id + 1, entry.Id - 1, previous.Id)
                    : AuditChainMessages.ChainBroken(previous.Id);
        }

        if (gap is not null)
        {
            yield return gap;
        }
    }

    /// <summary>Counts every problem and keeps the first <see cref="MaxListedProblems"/>.</summary>
    private sealed class ProblemList
    {
        private readonly List<AuditChainProblem> _listed = [];

        public int Count { get; private set; }

        public IReadOnlyList<AuditChainProblem> Listed => _listed;

        public void Add(AuditChainProblem problem)
        {
            Count++;
            if (_listed.Count < MaxListedProblems)
            {
                _listed.Add(problem);
            }
        }
    }
}
