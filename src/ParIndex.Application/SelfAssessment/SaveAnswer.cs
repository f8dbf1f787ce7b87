using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.SelfAssessment;

/// <summary>
/// Saves what the unit entered for one criterion (autosave calls this within seconds of a change).
/// <paramref name="ConcurrencyStamp"/> is the version the person edited: null only for a criterion never saved.
/// </summary>
public sealed record SaveAnswer(Guid AssessmentId, Guid NodeId, IReadOnlyDictionary<string, string?> Values, string? Explanation,
    Guid? ConcurrencyStamp);

/// <summary>
/// The answer as stored, its points, and what they change: the totals and the submission checklist, so the page
/// follows each save without reloading.
/// </summary>
public sealed record SavedAnswer(Guid ConcurrencyStamp, DateTime SavedAtUtc, bool IsAnswered, decimal? SelfScore, string? Outcome, bool IsExcluded,
    SelfTotals Totals)
{
    public IReadOnlyList<ChecklistItem> Checklist { get; init; } = [];

    /// <summary>
    /// The assessment's version after the save: the first answer starts the assessment, which changes it, and the
    /// page submits (or saves its report) with it without reloading.
    /// </summary>
    public Guid AssessmentConcurrencyStamp { get; init; }

    /// <summary>Each domain's points and answered count after the save, for the domain list beside the cards.</summary>
    public IReadOnlyList<DomainProgress> Domains { get; init; } = [];
}

public sealed record DomainProgress(Guid NodeId, decimal Points, decimal MaxPoints, int Answered, int ToAnswer);

public sealed class SaveAnswerHandler(
    IParIndexDbFactory dbFactory, IValidator<SaveAnswer> validator, IValidator<AnswerValues> valuesValidator, ICurrentUser user,
    TimeProvider clock)
{
    public async Task<SavedAnswer> HandleAsync(SaveAnswer request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateAsync(ct);
        var assessment = await SelfAssessmentAccess.LoadAsync(db, user, clock, request.AssessmentId, forChange: true, "selfAssessment.answerSaved", ct);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == assessment.PeriodId, ct);
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId, ct);
        var leaf = framework.Leaves().FirstOrDefault(l => l.Id == request.NodeId);
        if (leaf is null || !SelfAssessmentSheet.IsUnitEntered(leaf))
        {
            throw new NotFoundException(nameof(FrameworkNode), request.NodeId);
        }

        var fields = SelfAssessmentSheet.Fields(leaf);
        await valuesValidator.ValidateAndThrowAsync(new AnswerValues(fields, request.Values, leaf.RuleType == RuleType.Bonus ? framework.BonusCap : null), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        SelfAssessmentRules.EnsureEditable(assessment, period, now);

        var existing = assessment.Responses.SingleOrDefault(r => r.NodeId == leaf.Id);
        if (existing?.IsNotApplicable == true)
        {
            throw new WorkflowRefusedException(SelfAssessmentMessages.NotApplicable(leaf.Code, existing.NotApplicableReason));
        }
        if (existing is not null || request.ConcurrencyStamp is not null)
        {
            ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp ?? Guid.Empty, existing?.ConcurrencyStamp ?? Guid.Empty);
        }

        var old = existing is null ? null : new { existing.Inputs, existing.SelfScore, existing.Explanation };
        var response = assessment.Respond(period, leaf.Id, now);
        var inputs = AnswerInputs.ToJson(fields, request.Values);
        var values = AnswerInputs.FromJson(fields, inputs);
        var (points, outcome) = SelfAssessmentSheet.Score(leaf, fields, values, inputs);
        response.RecordSelfAssessment(inputs, points, request.Explanation, user.UserId!.Value, now);
        db.Audit(user, clock, "selfAssessment.answerSaved", nameof(CriterionResponse), response.Id, old,
            new { leaf.Code, response.Inputs, response.SelfScore, response.Explanation });
        await db.SaveChangesAsync(ct);

        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == assessment.UnitId, ct);
        var kind = await db.Blocks.AsNoTracking().Where(b => b.Id == unit.BlockId).Select(b => b.Kind).SingleAsync(ct);
        var sheet = SelfAssessmentSheet.Build(framework, kind, assessment, await AssessmentEvidence.ByResponseAsync(db, assessment, ct));
        return new SavedAnswer(response.ConcurrencyStamp, now, outcome is not null, points, RuleWording.OrNull(outcome?.Explanation), outcome?.IsExcluded == true, sheet.Totals)
        {
            Checklist = sheet.Checklist,
            AssessmentConcurrencyStamp = assessment.ConcurrencyStamp,
            Domains = [.. sheet.Domains.Select(d => new DomainProgress(d.NodeId, d.Points, d.MaxPoints, d.Answered, d.ToAnswer))],
        };
    }
}
