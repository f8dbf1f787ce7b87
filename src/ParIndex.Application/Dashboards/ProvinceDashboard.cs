using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Dashboards;

/// <summary>
/// What a provincial leader reads at a glance for one period and block: the ranking with movement and history, the
/// classes over the years, each unit's strength by domain, the criteria that cost most, how far self-assessment was
/// from the appraisal, and how the year under way is going.
/// </summary>
public sealed record ProvinceDashboard(
    DashboardChoice Choice, IReadOnlyList<DashboardRankingRow> Ranking, IReadOnlyList<int> HistoryYears, IReadOnlyList<YearClasses> Classes,
    DomainHeatMap HeatMap, IReadOnlyList<LostCriterion> TopLost, IReadOnlyList<SelfAccuracy> Accuracy, LiveProgress? Live)
{
    /// <summary>Set when the block's units are not those of the previous year: its rank movements carry a caveat.</summary>
    public Results.MembershipChange? Membership { get; init; }
}

/// <summary>The period, block and domain shown, and the others to choose from.</summary>
public sealed record DashboardChoice(
    Guid PeriodId, int Year, string PeriodName, bool IsPublished, Guid BlockId, string BlockName, bool IsRanked, string? DomainCode,
    IReadOnlyList<DashboardOption> Periods, IReadOnlyList<DashboardOption> Blocks, IReadOnlyList<DashboardOption> Domains);

public sealed record DashboardOption(string Value, string Label);

/// <summary>A unit's place with its movement since last year and its published indexes over <see cref="ProvinceDashboard.HistoryYears"/>.</summary>
public sealed record DashboardRankingRow(
    Guid UnitId, string Name, decimal Index, Classification? Classification, int? Rank, int? RankChange, IReadOnlyList<decimal?> History);

public sealed record YearClasses(int Year, IReadOnlyDictionary<Classification, int> Counts)
{
    public int Total => Counts.Values.Sum();
}

/// <summary>Units × domains: the percent of each domain's applicable maximum the unit obtained (null where nothing applied).</summary>
public sealed record DomainHeatMap(IReadOnlyList<DashboardOption> Domains, IReadOnlyList<HeatMapRow> Rows);

public sealed record HeatMapRow(Guid UnitId, string Name, IReadOnlyList<decimal?> Percents);

/// <summary>A criterion's points lost summed over the block's units, and how many units lost any.</summary>
public sealed record LostCriterion(string Code, string Title, decimal PointsLost, int UnitsLosing, decimal MaxPoints);

/// <summary>Self index minus appraised index: positive when the unit gave itself more than the appraisal did.</summary>
public sealed record SelfAccuracy(Guid UnitId, string Name, decimal SelfIndex, decimal FinalIndex)
{
    public decimal Gap => SelfIndex - FinalIndex;
}

/// <summary>The year under way: how many units have submitted, been appraised, or are late.</summary>
public sealed record LiveProgress(Guid PeriodId, int Year, int Units, int Submitted, int Appraised, int Late);
