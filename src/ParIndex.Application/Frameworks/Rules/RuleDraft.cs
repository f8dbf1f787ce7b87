using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.Frameworks.Rules;

/// <summary>
/// A rule's parameters as a person edits them (the framework editor's form, the Excel columns): plain values and
/// rows, read from the JSON the domain reads and written back to it. Read then written, a rule's JSON keeps every
/// parameter the domain reads, so an existing framework opens in the form without loss.
/// </summary>
public sealed partial class RuleDraft
{
    public decimal? Yes { get; set; }

    public decimal? No { get; set; }

    public decimal? OnTime { get; set; }

    public decimal? Late { get; set; }

    public List<TierRow> Tiers { get; init; } = [];

    public int? OutOf { get; set; }

    public decimal? Floor { get; set; }

    public List<LevelRow> Levels { get; init; } = [];

    public List<VariableRow> Variables { get; init; } = [];

    public string? Expression { get; set; }

    public string? Source { get; set; }

    public List<WeightRow> Weights { get; init; } = [];

    /// <summary>The draft of a rule's JSON; throws a <see cref="DomainException"/> ("rule.parameters") when the domain cannot read it.</summary>
    public static RuleDraft Read(RuleType type, string? json) => ScoringRule.Parse(type, json ?? "{}") switch
    {
        // "no" and "late" read as 0 when absent; kept absent so the JSON comes back as it was.
        YesNoRule r => new RuleDraft { Yes = r.Yes, No = Has(json, "no") ? r.No : null },
        TimelinessRule r => new RuleDraft { OnTime = r.OnTime, Late = Has(json, "late") ? r.Late : null },
        LevelRule r => new RuleDraft { Levels = [.. r.Levels.Select(l => new LevelRow { Label = l.Label, Points = l.Points })] },
        PercentTiersRule r => new RuleDraft { Tiers = TierRows(r.Tiers) },
        CountTiersRule r => new RuleDraft { OutOf = r.Of, Tiers = TierRows(r.Tiers) },
        ProportionalRule r => new RuleDraft { Floor = r.Floor },
        FormulaRule r => new RuleDraft
        {
            Variables = [.. r.Variables.Select(v => new VariableRow { Name = v.Name, Label = v.Label })],
            Expression = r.Expression,
        },
        SurveyRule r => new RuleDraft { Source = r.Source, Weights = [.. r.Weights.Select(w => new WeightRow { Option = w.Key, Weight = w.Value })] },
        _ => new RuleDraft(),
    };

    /// <summary>The draft of a rule's JSON, or null when the domain cannot read it (an older hand-typed parameter).</summary>
    public static RuleDraft? TryRead(RuleType type, string? json)
    {
        try
        {
            return Read(type, json);
        }
        catch (DomainException)
        {
            return null;
        }
    }

    /// <summary>The JSON the domain reads for <paramref name="type"/>, with only that type's parameters.</summary>
    public string ToJson(RuleType type)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            json.WriteStartObject();
            switch (type)
            {
                case RuleType.YesNo:
                    Number(json, "yes", Yes);
                    Number(json, "no", No);
                    break;
                case RuleType.Timeliness:
                    Number(json, "onTime", OnTime);
                    Number(json, "late", Late);
                    break;
                case RuleType.Level:
                    Array(json, "levels", Levels, (j, l) =>
                    {
                        j.WriteString("label", l.Label?.Trim() ?? string.Empty);
                        Number(j, "points", l.Points);
                    });
                    break;
                case RuleType.PercentTiers or RuleType.External or RuleType.CountTiers:
                    Number(json, "of", OutOf is { } of && type == RuleType.CountTiers ? of : null);
                    Array(json, "tiers", Tiers, (j, t) =>
                    {
                        Number(j, "min", t.Min);
                        Number(j, "points", t.Points);
                    });
                    break;
                case RuleType.Proportional:
                    Number(json, "floor", Floor);
                    break;
                case RuleType.Formula:
                    Array(json, "variables", Variables, (j, v) =>
                    {
                        j.WriteString("name", v.Name?.Trim() ?? string.Empty);
                        if (!string.IsNullOrWhiteSpace(v.Label))
                        {
                            j.WriteString("label", v.Label.Trim());
                        }
                    });
                    if (!string.IsNullOrWhiteSpace(Expression))
                    {
                        json.WriteString("expression", Expression.Trim());
                    }

                    break;
                case RuleType.Survey:
                    if (!string.IsNullOrWhiteSpace(Source))
                    {
                        json.WriteString("source", Source.Trim());
                    }

                    if (Weights.Count > 0)
                    {
                        json.WriteStartObject("weights");
                        foreach (var weight in Weights)
                        {
                            Number(json, weight.Option?.Trim() ?? string.Empty, weight.Weight ?? 0m);
                        }

                        json.WriteEndObject();
                    }

                    break;
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// What must be fixed before the rule is saved, for a criterion worth <paramref name="maxPoints"/>: rows left
    /// half empty, then the domain's own checks (a tier above the maximum, thresholds out of order, …).
    /// </summary>
    public IReadOnlyList<RuleProblem> Problems(RuleType type, decimal maxPoints)
    {
        var problems = new List<RuleProblem>();
        var specs = RuleParameterCatalog.For(type).Select(s => s.Parameter).ToHashSet();
        if (specs.Contains(RuleParameter.Tiers) && Tiers.Any(t => t.Min is null || t.Points is null))
        {
            problems.Add(new RuleProblem("rule.tierIncomplete", new RuleText("problem.tierIncomplete")));
        }

        if (specs.Contains(RuleParameter.Levels) && Levels.Any(l => l.Points is null))
        {
            problems.Add(new RuleProblem("rule.levelIncomplete", new RuleText("problem.levelIncomplete")));
        }

        if (specs.Contains(RuleParameter.Weights) && Weights.Any(w => string.IsNullOrWhiteSpace(w.Option) || w.Weight is null))
        {
            problems.Add(new RuleProblem("rule.weightIncomplete", new RuleText("problem.weightIncomplete")));
        }

        if (specs.Contains(RuleParameter.Weights) && Weights.Select(w => w.Option?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Weights.Count)
        {
            problems.Add(new RuleProblem("rule.weightOptions", new RuleText("problem.weightOptions")));
        }

        if (specs.Contains(RuleParameter.Variables) && Variables.Any(v => v.Name is null || !VariableName().IsMatch(v.Name.Trim()) || v.Name.Trim().Equals("max", StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add(new RuleProblem("rule.variableName", new RuleText("problem.variableName")));
        }

        if (specs.Contains(RuleParameter.Variables) && Variables.Select(v => v.Name?.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Variables.Count)
        {
            problems.Add(new RuleProblem("rule.variableNames", new RuleText("problem.variableNames")));
        }

        if (Levels.Any(l => HasSeparator(l.Label)) || Variables.Any(v => HasSeparator(v.Label)) || Weights.Any(w => HasSeparator(w.Option)))
        {
            // The Excel template writes rows as "tên: điểm; …": a ";" inside a name would split it in two.
            problems.Add(new RuleProblem("rule.separator", new RuleText("problem.separator")));
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        return ScoringRule.Parse(type, ToJson(type)).Check(maxPoints);
    }

    /// <summary>The problems of a rule given as JSON (the API, the import): one that does not read is a problem too.</summary>
    public static IReadOnlyList<RuleProblem> ProblemsOf(RuleType type, string? json, decimal maxPoints) =>
        TryRead(type, json) is { } draft
            ? draft.Problems(type, maxPoints)
            : [new RuleProblem("rule.parameters", new RuleText("problem.parameters"))];

    private static bool Has(string? json, string name)
    {
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(json) ? "{}" : json);
        return document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.EnumerateObject().Any(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    private static bool HasSeparator(string? text) => text?.Contains(';', StringComparison.Ordinal) == true;

    private static List<TierRow> TierRows(IEnumerable<Tier> tiers) => [.. tiers.Select(t => new TierRow { Min = t.Min, Points = t.Points })];

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            // Trailing zeros dropped, so 4.00 is written as the 4 a person typed.
            json.WriteNumber(name, number / 1.0000000000000000000000000000m);
        }
    }

    private static void Array<T>(Utf8JsonWriter json, string name, IReadOnlyCollection<T> rows, Action<Utf8JsonWriter, T> write)
    {
        if (rows.Count == 0)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var row in rows)
        {
            json.WriteStartObject();
            write(json, row);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]*$")]
    private static partial Regex VariableName();

    public sealed class TierRow
    {
        public decimal? Min { get; set; }

        public decimal? Points { get; set; }
    }

    public sealed class LevelRow
    {
        public string? Label { get; set; }

        public decimal? Points { get; set; }
    }

    public sealed class VariableRow
    {
        public string? Name { get; set; }

        public string? Label { get; set; }
    }

    public sealed class WeightRow
    {
        public string? Option { get; set; }

        public decimal? Weight { get; set; }
    }
}
