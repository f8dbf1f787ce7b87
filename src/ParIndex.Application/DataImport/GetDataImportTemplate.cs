using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.DataImport;

/// <summary>Which figures a data template asks for: survey results or sector (external) figures.</summary>
public enum DataTemplateKind
{
    Survey,
    External,
}

/// <summary>
/// A file to fill in for the period: one row per unit taking part and per survey (or external) criterion of its
/// framework that the caller may write, with the unit's and criterion's codes and names filled in and the value
/// columns those criteria read left empty. It reads back through the same import as any other file.
/// </summary>
public sealed record GetDataImportTemplate(Guid PeriodId, DataTemplateKind Kind);

public sealed class GetDataImportTemplateHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<ImportTemplate> HandleAsync(GetDataImportTemplate request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "data.templateRead", nameof(EvaluationPeriod), request.PeriodId, ct, DataImportAccess.Writers);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var method = request.Kind == DataTemplateKind.Survey ? AssessmentMethod.Survey : AssessmentMethod.External;
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.PeriodId == period.Id).Select(a => new { a.UnitId, a.FrameworkId }).ToListAsync(ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var kinds = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Kind, ct);
        var scope = new DataScope(db, user, period.Id);

        var rows = new List<(string UnitCode, string UnitName, int Sort, FrameworkNode Leaf)>();
        foreach (var assessment in assessments)
        {
            var unit = units[assessment.UnitId];
            var framework = frameworks[assessment.FrameworkId];
            foreach (var leaf in framework.Leaves().Where(l => l.Method == method && l.AppliesTo(kinds.GetValueOrDefault(unit.BlockId))))
            {
                if (await scope.CoversAsync(unit.Id, framework.DomainOf(leaf).Id, ct))
                {
                    rows.Add((unit.Code, unit.Name, leaf.SortOrder, leaf));
                }
            }
        }

        var valueColumns = ValueColumns(request.Kind, rows.Select(r => r.Leaf).DistinctBy(l => l.Id));
        List<string?[]> csv =
        [
            ["Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Tên tiêu chí", .. valueColumns],
            .. rows.OrderBy(r => r.UnitCode, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Sort)
                .Select(r => (string?[])[r.UnitCode, r.UnitName, r.Leaf.Code, r.Leaf.Title, .. valueColumns.Select(_ => (string?)null)]),
        ];
        var fileName = request.Kind == DataTemplateKind.Survey ? "mau-ket-qua-khao-sat" : "mau-so-lieu-nganh";
        return new ImportTemplate($"{fileName}-{period.Year}.csv", CsvDocument.Write(csv));
    }

    /// <summary>
    /// Survey results go in as a rate ("Tỷ lệ", or the answers per option A–E instead); external figures in the columns
    /// their rules read, a rate's numerator and denominator under their Vietnamese names.
    /// </summary>
    private static List<string> ValueColumns(DataTemplateKind kind, IEnumerable<FrameworkNode> leaves)
    {
        if (kind == DataTemplateKind.Survey)
        {
            return ["Tỷ lệ"];
        }

        var keys = new List<string>();
        foreach (var leaf in leaves.OrderBy(l => l.SortOrder))
        {
            ScoringRule rule;
            try
            {
                rule = ScoringRule.Parse(leaf.RuleType, leaf.RuleParameters);
            }
            catch (DomainException)
            {
                continue;
            }

            keys.AddRange(rule.Fields.SelectMany(AnswerInputs.KeysOf));
        }

        return [.. keys.Distinct(StringComparer.Ordinal).Select(Header)];
    }

    private static string Header(string key) => key switch
    {
        DataImportColumns.Rate => "Tỷ lệ",
        DataImportColumns.Numerator => "Tử số",
        DataImportColumns.Denominator => "Mẫu số",
        _ => key,
    };
}
