using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Units;

namespace ParIndex.Application.DataImport;

/// <summary>
/// A file of figures matched against a period: each row's unit, leaf, inputs, points and problems; the units the file
/// leaves out; and the earlier imported results it would clear. The preview shows it; the import reads it again and
/// saves it only when nothing is wrong. Inspectors are held to their assignments, row by row.
/// </summary>
internal sealed class DataImportSheet
{
    private readonly Dictionary<Guid, Framework> _frameworks;
    private readonly Dictionary<Guid, Dictionary<string, FrameworkNode>> _leaves;
    private readonly Dictionary<Guid, ScoringRule?> _rules = [];
    private readonly Dictionary<Guid, Unit> _units;
    private readonly Dictionary<Guid, BlockKind> _kinds;
    private readonly DataScope _scope;

    private DataImportSheet(List<Assessment> assessments, Dictionary<Guid, Framework> frameworks, List<Unit> units,
        Dictionary<Guid, BlockKind> kinds, DataScope scope)
    {
        Assessments = assessments;
        _frameworks = frameworks;
        _leaves = frameworks.Values.ToDictionary(f => f.Id, f => f.Leaves().ToDictionary(l => l.Code, StringComparer.OrdinalIgnoreCase));
        _units = units.ToDictionary(u => u.Id);
        _kinds = kinds;
        _scope = scope;
    }

    public IReadOnlyList<Assessment> Assessments { get; }

    public IReadOnlyList<string> FileProblems { get; private set; } = [];

    public IReadOnlyList<string> IgnoredColumns { get; private set; } = [];

    public IReadOnlyList<ParsedRow> Rows { get; private set; } = [];

    public IReadOnlyList<DataImportMissingUnit> MissingUnits { get; private set; } = [];

    /// <summary>Results an earlier import of the period wrote that this file does not carry (within the caller's reach).</summary>
    public IReadOnlyList<CriterionResponse> ToClear { get; private set; } = [];

    public bool CanImport => FileProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);

    public DataImportCounts Counts => new(Rows.Count, Rows.Count(r => r.Problems.Count > 0),
        Rows.Where(r => r.Assessment is not null).Select(r => r.Assessment!.Id).Distinct().Count(),
        Rows.Count(r => r.Leaf?.Method == AssessmentMethod.Survey), Rows.Count(r => r.Leaf?.Method == AssessmentMethod.External), ToClear.Count);

    /// <summary>Matches the table against the period; <c>tracked</c> when the assessments will be changed and saved (the import).</summary>
    public static async Task<DataImportSheet> ReadAsync(IParIndexDb db, ICurrentUser user, IValidator<AnswerValues> validator,
        EvaluationPeriod period, TableFile table, bool tracked, CancellationToken ct)
    {
        var query = db.Assessments.Include(a => a.Responses).Where(a => a.PeriodId == period.Id);
        var assessments = await (tracked ? query : query.AsNoTracking()).ToListAsync(ct);
        var frameworkIds = assessments.Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var kinds = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Kind, ct);
        var importTags = (await db.SurveyImports.AsNoTracking().Where(i => i.PeriodId == period.Id).ToListAsync(ct)).Select(i => i.SourceTag).ToHashSet();

        var sheet = new DataImportSheet(assessments, frameworks, units, kinds, new DataScope(db, user, period.Id));
        var (columns, problems, ignored) = DataImportColumns.Find(table.Headers, sheet.ValueKeys());
        sheet.FileProblems = problems;
        sheet.IgnoredColumns = ignored;
        if (columns is null)
        {
            return sheet;
        }

        sheet.Rows = await sheet.MatchAsync(columns, table.Rows, units, validator, ct);
        sheet.MissingUnits = await sheet.MissingUnitsAsync(ct);
        sheet.ToClear = await sheet.ToClearAsync(importTags, ct);
        return sheet;
    }

    private async Task<List<ParsedRow>> MatchAsync(DataImportColumns columns, IReadOnlyList<TableRow> rows, List<Unit> units,
        IValidator<AnswerValues> validator, CancellationToken ct)
    {
        var byCode = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units.OrderBy(u => u.IsActive ? 0 : 1))
        {
            byCode.TryAdd(unit.Code, unit);
        }

        var byUnit = Assessments.ToDictionary(a => a.UnitId);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var parsed = new List<ParsedRow>(rows.Count);
        foreach (var row in rows)
        {
            var problems = new List<string>();
            var unitCode = row.Cell(columns.Unit) ?? string.Empty;
            var criterionCode = row.Cell(columns.Criterion) ?? string.Empty;
            var unit = unitCode.Length == 0 ? null : byCode.GetValueOrDefault(unitCode);
            var assessment = unit is null ? null : byUnit.GetValueOrDefault(unit.Id);
            problems.AddRange(unitCode.Length == 0 ? [DataImportMessages.UnitCodeMissing]
                : unit is null ? [DataImportMessages.UnitUnknown(unitCode)]
                : assessment is null ? [DataImportMessages.UnitNotAssessed(unit.Code)]
                : []);
            if (criterionCode.Length == 0)
            {
                problems.Add(DataImportMessages.CriterionCodeMissing);
            }

            var leaf = assessment is null || criterionCode.Length == 0 ? null : Leaf(assessment, unit!, criterionCode, problems);
            RowValues? values = null;
            decimal? points = null;
            if (leaf is { Method: AssessmentMethod.Survey or AssessmentMethod.External })
            {
                (values, points) = await ValuesAsync(columns, row, assessment!, leaf, validator, problems, ct);
            }

            if (unitCode.Length > 0 && criterionCode.Length > 0)
            {
                var key = $"{unitCode}|{criterionCode}";
                if (seen.TryGetValue(key, out var first))
                {
                    problems.Add(DataImportMessages.RowTwice(first));
                }
                else
                {
                    seen[key] = row.Number;
                }
            }

            parsed.Add(new ParsedRow(row.Number, unitCode, unit, criterionCode, assessment, leaf, values, points, problems));
        }

        return parsed;
    }

    /// <summary>The survey or external leaf the code names in the unit's framework; a problem otherwise.</summary>
    private FrameworkNode? Leaf(Assessment assessment, Unit unit, string code, List<string> problems)
    {
        var leaf = _leaves[assessment.FrameworkId].GetValueOrDefault(code);
        if (leaf is null || !leaf.AppliesTo(_kinds.GetValueOrDefault(unit.BlockId)))
        {
            problems.Add(DataImportMessages.CriterionUnknown(unit.Code, code));
            return null;
        }

        if (leaf.Method is not (AssessmentMethod.Survey or AssessmentMethod.External))
        {
            problems.Add(DataImportMessages.CriterionSelfAssessed(leaf.Code));
        }

        return leaf;
    }

    private async Task<(RowValues?, decimal?)> ValuesAsync(DataImportColumns columns, TableRow row, Assessment assessment, FrameworkNode leaf,
        IValidator<AnswerValues> validator, List<string> problems, CancellationToken ct)
    {
        var framework = _frameworks[assessment.FrameworkId];
        if (!await _scope.CoversAsync(assessment.UnitId, framework.DomainOf(leaf).Id, ct))
        {
            problems.Add(DataImportMessages.NotAssigned);
        }

        if (RuleOf(leaf) is not { } rule)
        {
            problems.Add(DataImportMessages.RuleBroken(leaf.Code));
            return (null, null);
        }

        var values = DataImportValues.Read(columns, row, rule, leaf.MaxPoints, validator);
        problems.AddRange(values.Problems);
        if (values.InputsJson is not { } inputs)
        {
            return (values, null);
        }

        var (points, problem) = DataImportValues.Score(rule, leaf, inputs);
        if (problem is not null)
        {
            problems.Add(problem);
        }

        return (values, points);
    }

    private async Task<List<DataImportMissingUnit>> MissingUnitsAsync(CancellationToken ct)
    {
        var mentioned = Rows.Where(r => r.Assessment is not null).Select(r => r.Assessment!.Id).ToHashSet();
        var missing = new List<DataImportMissingUnit>();
        foreach (var assessment in Assessments.Where(a => !mentioned.Contains(a.Id)))
        {
            var unit = _units[assessment.UnitId];
            var framework = _frameworks[assessment.FrameworkId];
            var codes = new List<string>();
            foreach (var leaf in _leaves[framework.Id].Values.Where(l => l.Method == AssessmentMethod.Survey && l.AppliesTo(_kinds.GetValueOrDefault(unit.BlockId)))
                         .OrderBy(l => l.SortOrder))
            {
                if (await _scope.CoversAsync(unit.Id, framework.DomainOf(leaf).Id, ct))
                {
                    codes.Add(leaf.Code);
                }
            }

            if (codes.Count > 0)
            {
                missing.Add(new DataImportMissingUnit(unit.Code, unit.Name, codes));
            }
        }

        return [.. missing.OrderBy(m => m.UnitCode, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// Earlier imports' results the file leaves out. An inspector's file replaces only what the inspector appraises:
    /// results in other domains stay as the earlier file gave them.
    /// </summary>
    private async Task<List<CriterionResponse>> ToClearAsync(HashSet<string> importTags, CancellationToken ct)
    {
        var kept = Rows.Where(r => r.Assessment is not null && r.Leaf is not null).Select(r => (r.Assessment!.Id, r.Leaf!.Id)).ToHashSet();
        var clear = new List<CriterionResponse>();
        foreach (var assessment in Assessments)
        {
            var framework = _frameworks[assessment.FrameworkId];
            foreach (var response in assessment.Responses.Where(r => r.DataSource is { } source && importTags.Contains(source) && !kept.Contains((assessment.Id, r.NodeId))))
            {
                if (framework.Nodes.FirstOrDefault(n => n.Id == response.NodeId) is { } node
                    && await _scope.CoversAsync(assessment.UnitId, framework.DomainOf(node).Id, ct))
                {
                    clear.Add(response);
                }
            }
        }

        return clear;
    }

    /// <summary>The value columns some survey or external leaf of the period reads (besides rate and options A–E).</summary>
    private IEnumerable<string> ValueKeys() =>
        _leaves.Values.SelectMany(l => l.Values).Where(l => l.Method is AssessmentMethod.Survey or AssessmentMethod.External)
            .Select(RuleOf).OfType<ScoringRule>().SelectMany(r => r.Fields).SelectMany(AnswerInputs.KeysOf).Distinct(StringComparer.Ordinal);

    private ScoringRule? RuleOf(FrameworkNode leaf)
    {
        if (!_rules.TryGetValue(leaf.Id, out var rule))
        {
            try
            {
                rule = ScoringRule.Parse(leaf.RuleType, leaf.RuleParameters);
            }
            catch (DomainException)
            {
                rule = null;
            }

            _rules[leaf.Id] = rule;
        }

        return rule;
    }
}
