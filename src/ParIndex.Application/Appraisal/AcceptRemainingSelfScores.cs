using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Results;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// "Chấp nhận điểm tự đánh giá cho các tiêu chí còn lại": for one unit, or every unit of a block, each criterion no one
/// has appraised yet gets the unit's own score as the current round's appraised score, at full precision (a criterion
/// the unit left without a score gets what its figures give, usually 0, with a note). Criteria are never accepted
/// silently: this is the explicit, audited act (one entry per unit with the count and the codes).
/// </summary>
public sealed record AcceptRemainingSelfScores(Guid PeriodId, Guid? UnitId, Guid? BlockId);

public sealed record AcceptedRemaining(int Units, int Criteria, IReadOnlyList<AcceptedUnit> PerUnit);

public sealed record AcceptedUnit(Guid UnitId, string UnitName, int Criteria);

public sealed class AcceptRemainingSelfScoresHandler(
    IParIndexDbFactory dbFactory, IValidator<AcceptRemainingSelfScores> validator, ICurrentUser user, TimeProvider clock)
{
    public const string Action = "appraisal.acceptedRemaining";

    /// <summary>Inspectors within their assignments, or Home Affairs' administrator for any unit.</summary>
    public static readonly string[] Accepters = [Roles.Inspector, Roles.Administrator];

    public async Task<AcceptedRemaining> HandleAsync(AcceptRemainingSelfScores request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var target = (object?)request.UnitId ?? request.BlockId;
        await user.RequireAnyRoleAsync(db, clock, Action, request.UnitId is null ? nameof(Block) : nameof(Unit), target, ct, Accepters);
        await validator.ValidateAndThrowAsync(request, ct);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var round = period.State switch
        {
            PeriodState.AppraisalRound1 => AppraisalRound.First,
            PeriodState.AppraisalRound2 => AppraisalRound.Second,
            _ => (AppraisalRound?)null,
        };
        if (round is null)
        {
            await AppraisalRules.RefuseAsync(db, user, clock, Action, nameof(EvaluationPeriod), period.Id, AcceptRemainingMessages.AcceptRemainingOnlyInRounds, ct);
        }

        var unitIds = request.UnitId is { } unitId
            ? [unitId]
            : await db.Units.AsNoTracking().Where(u => u.BlockId == request.BlockId).Select(u => u.Id).ToListAsync(ct);
        var assessments = await db.Assessments.Include(a => a.Responses)
            .Where(a => a.PeriodId == period.Id && unitIds.Contains(a.UnitId) && a.ResultSource != ResultSource.Imported).ToListAsync(ct);
        if (assessments.Count == 0)
        {
            throw new NotFoundException(nameof(Assessment), target!);
        }

        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var accepted = new List<AcceptedUnit>();
        var reachedAny = false;
        foreach (var assessment in assessments.OrderBy(a => units[a.UnitId].Name, StringComparer.Ordinal))
        {
            var scope = user.IsInRole(Roles.Administrator) ? AppraisalScope.WholeUnitScope : await AppraisalAccess.ScopeAsync(db, user, period.Id, assessment.UnitId, ct);
            if (scope.IsEmpty)
            {
                continue;
            }

            reachedAny = true;
            if (AppraisalRules.RefusalForRound(period, assessment, round!.Value) is { } refusal)
            {
                if (request.UnitId is not null)
                {
                    await AppraisalRules.RefuseAsync(db, user, clock, Action, nameof(Assessment), assessment.Id, refusal, ct);
                }

                continue;
            }

            var codes = Accept(assessment, frameworks[assessment.FrameworkId], blocks[units[assessment.UnitId].BlockId].Kind, scope, round.Value, now);
            if (codes.Count > 0)
            {
                db.Audit(user, clock, Action, nameof(Assessment), assessment.Id, null,
                    new { UnitId = assessment.UnitId, Round = (int)round.Value, Count = codes.Count, Criteria = codes });
                accepted.Add(new AcceptedUnit(assessment.UnitId, units[assessment.UnitId].Name, codes.Count));
            }
        }

        if (!reachedAny)
        {
            db.Audit(user, clock, Action, request.UnitId is null ? nameof(Block) : nameof(Unit), target, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new AccessDeniedException(AcceptRemainingMessages.NotAssignedToAccept);
        }

        await db.SaveChangesAsync(ct);
        return new AcceptedRemaining(accepted.Count, accepted.Sum(a => a.Criteria), accepted);
    }

    /// <summary>Every unappraised leaf the caller may score gets the points the unit's sheet gives it now; returns their codes.</summary>
    private List<string> Accept(Assessment assessment, Framework framework, BlockKind kind, AppraisalScope scope, AppraisalRound round, DateTime now)
    {
        var codes = new List<string>();
        foreach (var leaf in CompletenessRules.LeavesInOrder(framework).Where(l => l.AppliesTo(kind)))
        {
            var response = assessment.Responses.SingleOrDefault(r => r.NodeId == leaf.Id);
            if (!CompletenessRules.IsUnappraised(leaf, response, framework.MissingSurvey) || !scope.Covers(framework.DomainOf(leaf).Id))
            {
                continue;
            }

            var limit = AppraisalSheet.LimitOf(leaf, framework);
            var points = DecidedScores.Of(leaf, response, framework.MissingSurvey).Points;
            if (points < 0m || points > limit)
            {
                // A self-score outside the leaf's range is left for an inspector to decide, never clamped.
                continue;
            }

            response ??= assessment.ResponseFor(leaf.Id);
            var note = response.TakesPointsAway(leaf, limit, points) ? AcceptRemainingMessages.AcceptedWithoutSelfScore : null;
            response.Appraise(round, leaf, limit, points, note, user.UserId!.Value, now);
            codes.Add(leaf.Code);
        }

        return codes;
    }
}

public sealed class AcceptRemainingSelfScoresValidator : AbstractValidator<AcceptRemainingSelfScores>
{
    public AcceptRemainingSelfScoresValidator()
    {
        RuleFor(a => a.UnitId).Must((a, unit) => (unit is null) != (a.BlockId is null))
            .WithMessage(_ => AppraisalMessages.UnitOrBlock);
    }
}
