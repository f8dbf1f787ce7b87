using System.Collections;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// A scorecard's explanation lines, one per leaf in the order scored, made the first time they are read. Closing a
/// national period computes 3,355 indexes and reads none of their 400,000 lines; making them up front was most of its
/// allocation (issue 20). The leaves' codes and titles are read then, so the framework must not change in between —
/// as for <see cref="ScoringPlan"/>.
/// </summary>
internal sealed class LeafLines(ScoringPlan plan, LeafScore[] scores) : IReadOnlyList<LeafLine>
{
    private LeafLine[]? _lines;

    public int Count => scores.Length;

    public LeafLine this[int index] => Lines[index];

    public IEnumerator<LeafLine> GetEnumerator() => ((IEnumerable<LeafLine>)Lines).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private LeafLine[] Lines => _lines ?? Interlocked.CompareExchange(ref _lines, Make(), null) ?? _lines;

    private LeafLine[] Make()
    {
        var lines = new LeafLine[scores.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var (s, leaf) = (scores[i], scores[i].Leaf);
            lines[i] = new LeafLine(leaf.Id, leaf.Code, leaf.Title, plan.RootCode.GetValueOrDefault(leaf.Id, leaf.Code), leaf.MaxPoints,
                s.IsNotEvaluated ? 0m : s.Points, s.IsNotEvaluated, s.Explanation, s.Reason);
        }

        return lines;
    }
}
