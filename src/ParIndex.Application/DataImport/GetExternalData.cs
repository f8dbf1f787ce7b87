using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.DataImport;

/// <summary>A period's external criteria (chỉ số ngành) with every unit's current figures, for the entry page.</summary>
public sealed record GetExternalData(Guid PeriodId);

public sealed record ExternalData(Guid PeriodId, string PeriodName, PeriodState PeriodState, bool AcceptsData, IReadOnlyList<ExternalCriterion> Criteria);

/// <summary>One external leaf of a framework the period uses; <see cref="Blocks"/> names the blocks scored with it.</summary>
public sealed record ExternalCriterion(
    Guid NodeId, string FrameworkName, string Blocks, string Code, string Title, decimal MaxPoints, IReadOnlyList<InputField> Fields,
    IReadOnlyList<ExternalUnitValue> Units);

/// <summary>
/// A unit's figures for the criterion as the form shows them, the points they give and where they came from
/// ("survey:…" for a file, "external:…" for who typed them). <see cref="CanEdit"/>: the caller may change them now.
/// </summary>
public sealed record ExternalUnitValue(
    Guid AssessmentId, Guid UnitId, string UnitCode, string UnitName, IReadOnlyDictionary<string, string?> Values, decimal? Points, string? Source,
    bool CanEdit);

public sealed class GetExternalDataHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<ExternalData> HandleAsync(GetExternalData request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "data.external.read", nameof(EvaluationPeriod), request.PeriodId, ct, DataImportAccess.Readers);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var accepts = AppraisalRules.RefusalForData(period) is null;
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Responses).Where(a => a.PeriodId == period.Id).ToListAsync(ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var writer = DataImportAccess.Writers.Any(user.IsInRole);
        var scope = new DataScope(db, user, period.Id);

        var criteria = new List<ExternalCriterion>();
        foreach (var framework in frameworks.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var blockNames = string.Join(", ", period.Frameworks.Where(f => f.FrameworkId == framework.Id)
                .Select(f => blocks.TryGetValue(f.BlockId, out var block) ? block.Name : null).OfType<string>().Order(StringComparer.Ordinal));
            foreach (var leaf in framework.Leaves().Where(l => l.Method == AssessmentMethod.External).OrderBy(l => l.SortOrder))
            {
                var fields = FieldsOf(leaf);
                var rows = new List<ExternalUnitValue>();
                foreach (var assessment in assessments.Where(a => a.FrameworkId == framework.Id))
                {
                    var unit = units[assessment.UnitId];
                    if (!leaf.AppliesTo(blocks[unit.BlockId].Kind))
                    {
                        continue;
                    }

                    var response = assessment.Responses.FirstOrDefault(r => r.NodeId == leaf.Id);
                    var canEdit = writer && accepts && await scope.CoversAsync(unit.Id, framework.DomainOf(leaf).Id, ct);
                    rows.Add(new ExternalUnitValue(assessment.Id, unit.Id, unit.Code, unit.Name, AnswerInputs.FromJson(fields, response?.Inputs),
                        response?.DataSource is null ? null : response.FinalScore, DataSourceText.Describe(response?.DataSource), canEdit));
                }

                criteria.Add(new ExternalCriterion(leaf.Id, framework.Name, blockNames, leaf.Code, leaf.Title, leaf.MaxPoints, fields,
                    [.. rows.OrderBy(r => r.UnitName, StringComparer.Ordinal)]));
            }
        }

        return new ExternalData(period.Id, period.Name, period.State, accepts, criteria);
    }

    /// <summary>A framework in use was checked when it was built; a broken rule still shows, with nothing to enter.</summary>
    private static IReadOnlyList<InputField> FieldsOf(FrameworkNode leaf)
    {
        try
        {
            return ScoringRule.Parse(leaf.RuleType, leaf.RuleParameters).Fields;
        }
        catch (DomainException)
        {
            return [];
        }
    }
}
