using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Home;

/// <summary>What the home page shows: one section per role the caller holds, null for the others.</summary>
public sealed record HomeSummary(
    Me Me,
    PeriodLine? CurrentPeriod,
    AdministratorHome? Administrator,
    InspectorHome? Inspector,
    CouncilHome? Council,
    AgencyHome? Agency,
    LeaderHome? Leader);

public sealed record PeriodLine(Guid PeriodId, int Year, string Name, PeriodState State, DateTime? PublishedAtUtc);

/// <summary>A deadline as stored (UTC) and as read in Vietnam, with calendar days left there.</summary>
public sealed record Deadline(DateTime Utc, DateTimeOffset Vietnam, int DaysLeft);

public sealed record AdministratorHome(IReadOnlyList<BlockUnits> UnitsPerBlock, UserCounts Users, IReadOnlyList<PeriodLine> Periods);

public sealed record BlockUnits(Guid BlockId, string BlockName, string? BlockNameEn, bool IsRanked, int ActiveUnits, int ClosedUnits);

public sealed record InspectorHome(
    PeriodLine Period, Deadline SelfAssessmentDeadline, int Total, int NotStarted, int InProgress, int Submitted, int LockedAtDeadline);

public sealed record CouncilHome(IReadOnlyList<PeriodLine> AwaitingCouncil, PeriodLine? LastPublished);

public sealed record AgencyHome(
    Guid UnitId,
    string UnitName,
    string BlockName,
    string? BlockNameEn,
    PeriodLine? Period,
    AssessmentState? CurrentState,
    Deadline? SelfAssessmentDeadline,
    IReadOnlyList<PublishedResult> LastResults);

/// <summary>A published result; <see cref="Index"/> is rounded as published (2 decimals).</summary>
public sealed record PublishedResult(int Year, string PeriodName, decimal Index, Classification? Classification, int? Rank, int RankedUnits);

public sealed record LeaderHome(PeriodLine Period, IReadOnlyList<LeaderBlock> Blocks);

public sealed record LeaderBlock(
    Guid BlockId,
    string BlockName,
    string? BlockNameEn,
    bool IsRanked,
    IReadOnlyList<ClassCount> Classes,
    IReadOnlyList<RankedUnit> Top,
    IReadOnlyList<RankedUnit> Bottom);

public sealed record ClassCount(Classification Classification, int Units);

public sealed record RankedUnit(int Rank, string UnitName, decimal Index, Classification? Classification);
