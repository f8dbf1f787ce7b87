using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Results;

/// <summary>A unit's result in a year as compared: rounded index, rank (null when unranked), and the block it was ranked in.</summary>
public sealed record YearResult(Guid UnitId, string Code, string Name, string BlockCode, decimal Index, int? Rank);

/// <summary>A predecessor's previous-year result, shown beside a newly merged unit's instead of a change.</summary>
public sealed record PredecessorResult(string Code, string Name, decimal Index, int? Rank);

/// <summary>
/// What a unit's result is compared with (docs/methodology.md, "Comparing across a merger"): its own previous result,
/// or its single predecessor's; with several predecessors nothing (<see cref="NewlyMergedFrom"/> lists their results
/// side by side, "mới hợp nhất"). <see cref="MergedFrom"/> names the units merged into it since the previous year.
/// A rank is carried only within the same block.
/// </summary>
public sealed record YearChange(decimal? PreviousIndex, int? PreviousRank, IReadOnlyList<string> MergedFrom, IReadOnlyList<PredecessorResult> NewlyMergedFrom)
{
    public static readonly YearChange None = new(null, null, [], []);

    public bool IsNewlyMerged => NewlyMergedFrom.Count > 0;

    public decimal? IndexChange(decimal index) => PreviousIndex is { } previous ? index - previous : null;

    /// <summary>Positive when the unit climbed (rank 5 → 2 is +3).</summary>
    public int? RankChange(int? rank) => PreviousRank is { } previous && rank is { } current ? previous - current : null;
}

/// <summary>
/// A block whose units are not the same set as in the previous year (the 2025 reform: 38 communes became 30): its rank
/// changes are shown with this caveat, since a unit climbs when the block shrinks.
/// </summary>
public sealed record MembershipChange(int PreviousYear, int PreviousUnits, int Units)
{
    /// <summary>
    /// The caveat in the words every document prints (annex PDF and Word, results Excel); the web pages say the same from
    /// their resources (MergeNotes "MembershipChanged", checked against this text by a test) so English has it too. It
    /// stays in Vietnamese here because only official documents print it (Decree 30/2020/NĐ-CP).
    /// </summary>
    public string Caveat
    {
        get
        {
            var previous = PreviousYear.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return $"Lưu ý: thành phần khối đã thay đổi so với năm {previous} ({PreviousUnits.ToString(System.Globalization.CultureInfo.InvariantCulture)} đơn vị năm {previous}, "
                + $"{Units.ToString(System.Globalization.CultureInfo.InvariantCulture)} đơn vị năm nay, do sáp nhập, chia tách hoặc thành lập mới); "
                + "thay đổi thứ hạng chỉ so sánh được một phần.";
        }
    }
}

/// <summary>
/// The one rule for comparing a year with the previous published year, used by every view that shows a change: the
/// ranking API and page, the public results, the dashboards, the annex, the Excel file and the scorecards.
/// </summary>
public sealed class YearComparison
{
    private readonly UnitLineage _lineage;
    private readonly int _year;
    private readonly Dictionary<Guid, YearResult> _previous;

    public YearComparison(UnitLineage lineage, int year, int? previousYear, IEnumerable<YearResult> previous)
    {
        ArgumentNullException.ThrowIfNull(lineage);
        _lineage = lineage;
        _year = year;
        PreviousYear = previousYear;
        _previous = previousYear is null ? [] : (previous ?? []).ToDictionary(r => r.UnitId);
    }

    public int? PreviousYear { get; }

    /// <summary>The lineage the comparison follows, for the views that also name a unit by its published code.</summary>
    public UnitLineage Lineage => _lineage;

    /// <summary>The comparison for a unit ranked (or not) in <paramref name="blockCode"/> this year.</summary>
    public YearChange Of(Guid unitId, string blockCode, bool ranked)
    {
        var merged = _lineage.MergedDuring(unitId, PreviousYear, _year);
        var names = merged.Select(_lineage.UnitOf).OfType<LineageUnit>().Select(u => u.Name).ToList();
        if (_previous.TryGetValue(unitId, out var own))
        {
            return Carry(own, blockCode, ranked, names);
        }

        var inherited = merged.Where(_previous.ContainsKey).Select(id => _previous[id]).ToList();
        return inherited.Count switch
        {
            0 => names.Count == 0 ? YearChange.None : YearChange.None with { MergedFrom = names },
            1 => Carry(inherited[0], blockCode, ranked, names),
            _ => new YearChange(null, null, names,
                [.. inherited.OrderBy(p => p.Rank ?? int.MaxValue).ThenByDescending(p => p.Index)
                    .Select(p => new PredecessorResult(p.Code, p.Name, p.Index, ranked && p.BlockCode == blockCode ? p.Rank : null))]),
        };
    }

    /// <summary>The caveat for a block whose units this year are not the ones it had the previous year; null when unchanged.</summary>
    public MembershipChange? MembershipOf(string blockCode, IReadOnlyCollection<Guid> unitIds)
    {
        ArgumentNullException.ThrowIfNull(unitIds);
        if (PreviousYear is not { } previousYear)
        {
            return null;
        }

        var before = _previous.Values.Where(r => r.BlockCode == blockCode).Select(r => r.UnitId).ToHashSet();
        return before.Count == 0 || before.SetEquals(unitIds) ? null : new MembershipChange(previousYear, before.Count, unitIds.Count);
    }

    private static YearChange Carry(YearResult previous, string blockCode, bool ranked, IReadOnlyList<string> mergedFrom) =>
        new(ScoreRounding.ToPublished(previous.Index), ranked && previous.BlockCode == blockCode ? previous.Rank : null, mergedFrom, []);
}
