using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.DataImport;

/// <summary>The figures of one row as shown to the person, the inputs JSON the leaf's rule reads, and what is wrong with them.</summary>
internal sealed record RowValues(IReadOnlyDictionary<string, string> Shown, string? InputsJson, IReadOnlyList<string> Problems);

/// <summary>
/// Turns the cells of a row into a leaf's inputs: a survey leaf takes a rate (<c>{"rate":92.5}</c>) or answer counts
/// per option (<c>{"answers":{"A":10,"B":3}}</c>); any other leaf takes its rule's fields, checked by the same
/// validator as a unit's own entries. Numbers may use a decimal comma or point.
/// </summary>
internal static class DataImportValues
{
    public static RowValues Read(DataImportColumns columns, TableRow row, ScoringRule rule, decimal maxPoints, IValidator<AnswerValues> validator) =>
        rule is SurveyRule survey ? Survey(columns, row, survey) : Fields(columns, row, rule.Fields, maxPoints, validator);

    /// <summary>The points the rule gives, or why the figures cannot stand as a result (the leaf would be excluded).</summary>
    public static (decimal? Points, string? Problem) Score(ScoringRule rule, FrameworkNode leaf, string inputsJson)
    {
        using var inputs = JsonDocument.Parse(inputsJson);
        var outcome = rule.Score(leaf.MaxPoints, inputs.RootElement, leaf.WhenNothingToCount);
        return outcome.IsExcluded ? (null, RuleWording.Of(outcome.Explanation)) : (outcome.Points, null);
    }

    /// <summary>A number typed in Vietnam or written by a machine: "92,5", "92.5" and Excel's "1E-3" all read.</summary>
    public static decimal? Number(string text) =>
        AnswerInputs.ParseNumber(text)
        ?? (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null);

    private static RowValues Survey(DataImportColumns columns, TableRow row, SurveyRule rule)
    {
        var rateText = columns.Value(row, DataImportColumns.Rate);
        var answers = DataImportColumns.Options.Select(o => (Option: o, Text: columns.Value(row, o) ?? string.Empty)).Where(a => a.Text.Length > 0).ToList();
        var shown = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rateText is not null)
        {
            shown[DataImportColumns.Rate] = rateText;
        }

        foreach (var (option, text) in answers)
        {
            shown[option] = text;
        }

        if (rateText is null && answers.Count == 0)
        {
            return new RowValues(shown, null, [DataImportMessages.NoValue]);
        }

        if (rateText is not null && answers.Count > 0)
        {
            return new RowValues(shown, null, [DataImportMessages.RateOrAnswers]);
        }

        return rateText is not null ? SurveyRate(shown, rateText) : SurveyAnswers(shown, answers, rule);
    }

    private static RowValues SurveyRate(Dictionary<string, string> shown, string text)
    {
        var rate = Number(text.TrimEnd('%', ' '));
        if (rate is null)
        {
            return new RowValues(shown, null, [DataImportMessages.RateNotANumber(text)]);
        }

        return rate is < 0m or > 100m
            ? new RowValues(shown, null, [DataImportMessages.RateRange])
            : new RowValues(shown, new JsonObject { [DataImportColumns.Rate] = rate.Value }.ToJsonString(), []);
    }

    private static RowValues SurveyAnswers(Dictionary<string, string> shown, List<(string Option, string Text)> answers, SurveyRule rule)
    {
        if (rule.Weights.Count == 0)
        {
            return new RowValues(shown, null, [DataImportMessages.NoWeights]);
        }

        var problems = new List<string>();
        var counts = new JsonObject();
        var respondents = 0m;
        foreach (var (option, text) in answers)
        {
            var count = Number(text);
            if (count is null)
            {
                problems.Add(DataImportMessages.OptionNotANumber(option, text));
            }
            else if (count < 0m || count != decimal.Truncate(count.Value))
            {
                problems.Add(DataImportMessages.OptionNotWhole(option));
            }
            else if (count > 0m && !rule.Weights.ContainsKey(option))
            {
                problems.Add(DataImportMessages.OptionUnknown(option));
            }
            else
            {
                counts[option] = count.Value;
                respondents += count.Value;
            }
        }

        if (problems.Count == 0 && respondents == 0m)
        {
            problems.Add(DataImportMessages.NoAnswers);
        }

        return new RowValues(shown, problems.Count == 0 ? new JsonObject { ["answers"] = counts }.ToJsonString() : null, problems);
    }

    private static RowValues Fields(DataImportColumns columns, TableRow row, IReadOnlyList<InputField> fields, decimal maxPoints,
        IValidator<AnswerValues> validator)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            foreach (var key in AnswerInputs.KeysOf(field))
            {
                if (columns.Value(row, key) is { } text)
                {
                    values[key] = field.Kind is InputKind.YesNo or InputKind.Choice ? text : Plain(key, text);
                }
            }
        }

        var shown = values.ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
        if (values.Count == 0)
        {
            return new RowValues(shown, null, [DataImportMessages.NoValue]);
        }

        var result = validator.Validate(new AnswerValues(fields, values, maxPoints));
        if (!result.IsValid)
        {
            return new RowValues(shown, null, [.. result.Errors.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal)]);
        }

        return AnswerInputs.IsComplete(fields, values)
            ? new RowValues(shown, AnswerInputs.ToJson(fields, values), [])
            : new RowValues(shown, null, [DataImportMessages.FiguresMissing(fields.Select(f => RuleWording.Of(f.Label)))]);
    }

    /// <summary>Numbers as the validator reads them ("1E-3" → "0.001", "95%" → "95"); anything else stays for it to refuse.</summary>
    private static string Plain(string key, string text)
    {
        var trimmed = key == DataImportColumns.Rate ? text.TrimEnd('%', ' ') : text;
        return Number(trimmed) is { } number && AnswerInputs.ParseNumber(trimmed) is null
            ? number.ToString(CultureInfo.InvariantCulture)
            : trimmed;
    }
}
