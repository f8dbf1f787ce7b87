using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.DataImport;

/// <summary>
/// Figures a lead agency supplies for one unit's external criterion (chỉ số ngành), typed by hand: the rule's fields
/// as text ("92,5" or "92.5"). Empty values clear the figures. <paramref name="PeriodId"/>, when given, must be the
/// assessment's period (the API's address carries it).
/// </summary>
public sealed record EnterExternalData(Guid AssessmentId, Guid NodeId, IReadOnlyDictionary<string, string?> Values, Guid? PeriodId = null);

public sealed record ExternalDataEntered(decimal? Points, string? Source, string? Explanation);

public sealed class EnterExternalDataHandler(
    IParIndexDbFactory dbFactory, IValidator<EnterExternalData> validator, IValidator<AnswerValues> valuesValidator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "data.external.entered";
    private const int MaxSourceLength = 200;

    public async Task<ExternalDataEntered> HandleAsync(EnterExternalData request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(Assessment), request.AssessmentId, ct, DataImportAccess.Writers);
        await validator.ValidateAndThrowAsync(request, ct);
        var assessment = await db.Assessments.Include(a => a.Responses).SingleOrDefaultAsync(a => a.Id == request.AssessmentId, ct);
        if (assessment is null || (request.PeriodId is { } periodId && assessment.PeriodId != periodId))
        {
            throw new NotFoundException(nameof(Assessment), request.AssessmentId);
        }

        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == assessment.PeriodId, ct);
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == assessment.FrameworkId, ct);
        var kind = await db.Units.AsNoTracking().Where(u => u.Id == assessment.UnitId)
            .Join(db.Blocks.AsNoTracking(), u => u.BlockId, b => b.Id, (_, b) => b.Kind).SingleAsync(ct);
        var leaf = framework.Leaves().FirstOrDefault(l => l.Id == request.NodeId && l.Method == AssessmentMethod.External && l.AppliesTo(kind))
            ?? throw new NotFoundException(nameof(FrameworkNode), request.NodeId);
        if (!DataImportAccess.WritesEverything(user))
        {
            await AppraisalAccess.RequireCoversAsync(db, user, clock, framework, leaf, period.Id, assessment.UnitId, Action, ct);
        }

        if (AppraisalRules.RefusalForData(period) is { } refusal)
        {
            await AppraisalRules.RefuseAsync(db, user, clock, Action, nameof(Assessment), assessment.Id, refusal, ct);
        }

        var rule = ScoringRule.Parse(leaf.RuleType, leaf.RuleParameters);
        var values = request.Values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => (string?)v.Value!.Trim(), StringComparer.Ordinal);
        await valuesValidator.ValidateAndThrowAsync(new AnswerValues(rule.Fields, values, leaf.MaxPoints), ct);

        if (values.Count == 0 && !assessment.Responses.Any(r => r.NodeId == leaf.Id))
        {
            return new ExternalDataEntered(null, null, null);
        }

        var response = assessment.ResponseFor(leaf.Id);
        var old = new { response.FinalScore, response.Inputs, response.DataSource };
        string? explanation = null;
        if (values.Count == 0)
        {
            response.ClearDataResult();
        }
        else
        {
            if (!AnswerInputs.IsComplete(rule.Fields, values))
            {
                throw Invalid(rule.Fields[0].Name, AnswerValueMessages.Incomplete(rule.Fields.Select(f => RuleWording.Of(f.Label))));
            }

            var inputs = AnswerInputs.ToJson(rule.Fields, values);
            using var document = JsonDocument.Parse(inputs);
            var outcome = rule.Score(leaf.MaxPoints, document.RootElement, leaf.WhenNothingToCount);
            if (outcome.IsExcluded)
            {
                throw Invalid(rule.Fields[0].Name, RuleWording.Of(outcome.Explanation));
            }

            response.RecordDataResult(inputs, outcome.Points, Source());
            explanation = RuleWording.Of(outcome.Explanation);
        }

        db.Audit(user, clock, Action, nameof(CriterionResponse), response.Id, old,
            new { leaf.Code, response.FinalScore, response.Inputs, response.DataSource });
        await db.SaveChangesAsync(ct);
        return new ExternalDataEntered(response.FinalScore, response.DataSource, explanation);
    }

    /// <summary>Who typed the figures, as the response's data source ("external:nguyenvana").</summary>
    private string Source()
    {
        var source = $"external:{user.UserName ?? user.UserId?.ToString()}";
        return source.Length <= MaxSourceLength ? source : source[..MaxSourceLength];
    }

    private static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);
}
