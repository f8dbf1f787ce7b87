using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Results;

public sealed record GetUnitScorecard(Guid PeriodId, Guid UnitId);

/// <summary>
/// A unit's result explained: the index recomputed by the engine from every leaf, each domain's share, and every
/// lost point with the rule, the figures and the appraiser's reason. <see cref="RecordedIndex"/> is what the
/// period stored (published or imported), shown beside the recomputation.
/// </summary>
public sealed record UnitScorecard(
    Guid PeriodId, int Year, string PeriodName, bool IsPublished, Guid UnitId, string UnitName, string BlockName,
    string FrameworkName, decimal? RecordedIndex, Classification? Classification, int? Rank, AssessmentScore? Score)
{
    /// <summary>
    /// The result came from a decision published before the portal: totals, class and rank only, under no framework
    /// of its own (<see cref="FrameworkName"/> is the one the database links it to, not one the year used).
    /// </summary>
    public bool IsImported { get; init; }

    /// <summary>The block the unit was assessed in that year (it may have moved since): the ranking it belongs to.</summary>
    public Guid BlockId { get; init; }

    /// <summary>
    /// Lines such as "Miễn số liệu khảo sát: …": the waivers that decided a survey criterion of this unit without data,
    /// in Vietnamese as the documents print them.
    /// </summary>
    public IReadOnlyList<string> DataNotes { get; init; } = [];

    /// <summary>The same waivers as <see cref="DataNotes"/>, for a page to word in the reader's language.</summary>
    public IReadOnlyList<DataWaiver> DataWaivers { get; init; } = [];
}

/// <summary>A survey waiver behind a scorecard: the criterion it names (null for every survey criterion) and the officer's reason.</summary>
public sealed record DataWaiver(string? CriterionCode, string Reason);

public sealed class GetUnitScorecardHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<UnitScorecard> HandleAsync(GetUnitScorecard request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var isPublished = period.State is PeriodState.Published or PeriodState.Archived;
        // The scorecard carries the inspectors' points and comments: the unit's own people wait for the release.
        if (AppraisalRelease.IsHiddenFrom(user, request.UnitId, period))
        {
            db.Audit(user, clock, "scorecard.read", nameof(Unit), request.UnitId, null, new { refused = AppraisalRelease.NotReleased }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new AccessDeniedException(AppraisalRelease.NotReleased);
        }
        // Units always see their own; others' scorecards are public once published, and Home Affairs' before.
        if (!(user.IsAuthenticated && user.UnitId == request.UnitId))
        {
            await ResultAccess.RequireReadableAsync(user, db, clock, isPublished, "scorecard.read", nameof(Unit), request.UnitId, ct);
        }

        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == request.UnitId, ct)
            ?? throw new NotFoundException(nameof(Unit), request.UnitId);
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Responses)
            .SingleOrDefaultAsync(a => a.PeriodId == period.Id && a.UnitId == unit.Id, ct)
            ?? throw new NotFoundException(nameof(Assessment), $"{period.Year}/{unit.Code}");
        // That year's block, not the one the unit may have moved to since.
        var block = await db.Blocks.AsNoTracking().SingleAsync(b => b.Id == assessment.BlockId, ct);
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId, ct);

        var score = assessment.Responses.Count == 0 ? null : ScoreCalculator.Compute(framework, DecidedScores.Of(framework, block.Kind, assessment));
        var responses = assessment.Responses.ToDictionary(r => r.NodeId);
        var lacking = score is null ? [] : framework.Leaves()
            .Where(l => l.AppliesTo(block.Kind) && DecidedScores.LacksSurveyResult(l, responses.GetValueOrDefault(l.Id))).Select(l => l.Id).ToHashSet();
        var waivers = lacking.Count == 0 ? [] : (await SurveyWaivers.ReadAsync(db, period.Id, ct))
            .Where(w => w.NodeId is null || lacking.Contains(w.NodeId.Value)).ToList();
        return new UnitScorecard(period.Id, period.Year, period.Name, isPublished, unit.Id, unit.Name, block.Name, framework.Name,
            assessment.FinalIndex, assessment.Classification, assessment.Rank, score)
        {
            IsImported = assessment.ResultSource == ResultSource.Imported,
            BlockId = block.Id,
            DataNotes = [.. waivers.Select(w => w.Line)],
            DataWaivers = [.. waivers.Select(w => new DataWaiver(w.CriterionCode, w.Reason))],
        };
    }
}
