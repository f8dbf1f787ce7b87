using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Results;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// A unit's appraisal in a period, for its inspectors, Home Affairs, the council and leaders, or for the unit itself.
/// Without a period, the latest one that has reached appraisal.
/// </summary>
public sealed record GetAppraisal(Guid? PeriodId, Guid UnitId);

public sealed class GetAppraisalHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    // States are stored as text, so "from appraisal on" is a list, not a comparison.
    private static readonly PeriodState[] Appraised =
    [
        PeriodState.AppraisalRound1, PeriodState.ExplanationOpen, PeriodState.ExplanationClosed, PeriodState.AppraisalRound2,
        PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published, PeriodState.Archived,
    ];

    public async Task<AppraisalView> HandleAsync(GetAppraisal request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var ownUnit = user.IsAuthenticated && user.UnitId == request.UnitId && SelfAssessmentAccess.Editors.Any(user.IsInRole);
        if (!ownUnit)
        {
            await user.RequireAnyRoleAsync(db, clock, "appraisal.read", nameof(Assessment), $"{request.PeriodId}/{request.UnitId}", ct, AppraisalAccess.QueueReaders);
        }

        var period = await (request.PeriodId is { } periodId
                ? db.Periods.AsNoTracking().Where(p => p.Id == periodId)
                : db.Periods.AsNoTracking().Where(p => Appraised.Contains(p.State)).OrderByDescending(p => p.Year)).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId?.ToString() ?? "under appraisal");
        var assessment = await db.Assessments.AsNoTracking().Include(a => a.Responses)
            .SingleOrDefaultAsync(a => a.PeriodId == period.Id && a.UnitId == request.UnitId, ct)
            ?? throw new NotFoundException(nameof(Assessment), request.UnitId);
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == assessment.UnitId, ct);
        var block = await db.Blocks.AsNoTracking().SingleAsync(b => b.Id == unit.BlockId, ct);
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId, ct);
        var evidence = await AssessmentEvidence.ByResponseAsync(db, assessment, ct);
        var scope = await AppraisalAccess.ScopeAsync(db, user, period.Id, unit.Id, ct);
        var domainScoped = !ownUnit && AppraisalAccess.DomainScoped(user);
        if (domainScoped && !framework.Nodes.Any(n => n.ParentId is null && scope.Covers(n.Id)))
        {
            db.Audit(user, clock, "appraisal.read", nameof(Assessment), assessment.Id, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new AccessDeniedException(AppraisalMessages.NoDomainOfYours);
        }

        // Field-level rule: units see appraisal scores only once released, and questions once the explanation round opens.
        var scoresVisible = !ownUnit || AppraisalRelease.IsVisibleToUnits(period);
        var questionsVisible = !ownUnit || period.State >= PeriodState.ExplanationOpen;
        var (totals, domains) = AppraisalSheet.Build(period, block, framework, assessment, evidence, scope, scoresVisible, questionsVisible);
        if (domainScoped)
        {
            (totals, domains) = AppraisalSheet.WithinScope(totals, domains);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        AppraisalRound? round = scope.IsEmpty ? null : period.State switch
        {
            PeriodState.AppraisalRound1 => AppraisalRound.First,
            PeriodState.AppraisalRound2 => AppraisalRound.Second,
            _ => null,
        };
        if (round is { } r && AppraisalRules.RefusalForRound(period, assessment, r) is not null)
        {
            round = null;
        }

        var can = new AppraisalPermissions(round, round == AppraisalRound.First, ownUnit && assessment.AcceptsExplanation(period, now));
        return new AppraisalView(assessment.Id, period.Id, period.Year, period.Name, period.State, unit.Id, unit.Name, block.Name, assessment.State,
            assessment.SubmittedAtUtc, period.ExplanationDeadlineUtc, scoresVisible, can, totals, domains);
    }
}
