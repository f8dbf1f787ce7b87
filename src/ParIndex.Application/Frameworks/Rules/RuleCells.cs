using System.Globalization;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks.Rules;

/// <summary>
/// A rule's parameters as spreadsheet cells, one per parameter, in a notation an officer types: numbers the
/// Vietnamese way (0,5) and rows as "ngưỡng: điểm" pairs separated by ";" ("90: 1; 70: 0,5").
/// </summary>
public static class RuleCells
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The cells of a rule: numbers as decimals or whole numbers, rows and texts as strings; absent parameters left out.</summary>
    public static IReadOnlyDictionary<RuleParameter, object> Write(RuleType type, RuleDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var cells = new Dictionary<RuleParameter, object>();
        foreach (var spec in RuleParameterCatalog.For(type))
        {
            object? value = spec.Parameter switch
            {
                RuleParameter.YesPoints => draft.Yes,
                RuleParameter.NoPoints => draft.No,
                RuleParameter.OnTimePoints => draft.OnTime,
                RuleParameter.LatePoints => draft.Late,
                RuleParameter.OutOf => draft.OutOf,
                RuleParameter.Floor => draft.Floor,
                RuleParameter.Tiers => Pairs(draft.Tiers.Select(t => (Number(t.Min), Number(t.Points)))),
                RuleParameter.Levels => Pairs(draft.Levels.Select(l => (l.Label?.Trim() ?? string.Empty, Number(l.Points)))),
                RuleParameter.Variables => Pairs(draft.Variables.Select(v => (v.Name?.Trim() ?? string.Empty, v.Label?.Trim() ?? string.Empty))),
                RuleParameter.Weights => Pairs(draft.Weights.Select(w => (w.Option?.Trim() ?? string.Empty, Number(w.Weight)))),
                RuleParameter.Expression => draft.Expression,
                RuleParameter.Source => draft.Source,
                _ => null,
            };
            if (value is not null and not "")
            {
                cells[spec.Parameter] = value;
            }
        }

        return cells;
    }

    /// <summary>
    /// The draft the cells of <paramref name="type"/> describe; each cell that does not read is reported through
    /// <paramref name="problem"/> (with the parameter it belongs to, in the reader's language) and left empty.
    /// </summary>
    public static RuleDraft Read(RuleType type, Func<RuleParameter, string?> cell, Action<RuleParameter, string> problem)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(problem);
        var draft = new RuleDraft();
        foreach (var spec in RuleParameterCatalog.For(type))
        {
            var text = cell(spec.Parameter)?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            decimal? NumberOf(string value, Func<string, string> notANumber)
            {
                var number = ParseNumber(value);
                if (number is null)
                {
                    problem(spec.Parameter, notANumber(value));
                }

                return number;
            }

            switch (spec.Parameter)
            {
                case RuleParameter.YesPoints: draft.Yes = NumberOf(text, RuleCellMessages.PointsNotNumber); break;
                case RuleParameter.NoPoints: draft.No = NumberOf(text, RuleCellMessages.PointsNotNumber); break;
                case RuleParameter.OnTimePoints: draft.OnTime = NumberOf(text, RuleCellMessages.PointsNotNumber); break;
                case RuleParameter.LatePoints: draft.Late = NumberOf(text, RuleCellMessages.PointsNotNumber); break;
                case RuleParameter.Floor: draft.Floor = NumberOf(text, RuleCellMessages.FloorNotNumber); break;
                case RuleParameter.OutOf:
                    var total = NumberOf(text, RuleCellMessages.TotalNotNumber);
                    if (total is { } whole && (decimal.Truncate(whole) != whole || whole < 0m || whole > int.MaxValue))
                    {
                        problem(spec.Parameter, RuleCellMessages.TotalNotWhole(text));
                    }
                    else if (total is { } of)
                    {
                        draft.OutOf = (int)of;
                    }

                    break;
                case RuleParameter.Expression: draft.Expression = text; break;
                case RuleParameter.Source: draft.Source = text; break;
                case RuleParameter.Tiers:
                    foreach (var (key, value) in SplitPairs(text, spec.Parameter, problem, lastColon: true))
                    {
                        draft.Tiers.Add(new RuleDraft.TierRow { Min = NumberOf(key, RuleCellMessages.ThresholdNotNumber), Points = NumberOf(value, RuleCellMessages.PointsNotNumber) });
                    }

                    break;
                case RuleParameter.Levels:
                    foreach (var (key, value) in SplitPairs(text, spec.Parameter, problem, lastColon: true))
                    {
                        draft.Levels.Add(new RuleDraft.LevelRow { Label = key, Points = NumberOf(value, RuleCellMessages.PointsNotNumber) });
                    }

                    break;
                case RuleParameter.Variables:
                    foreach (var (key, value) in SplitPairs(text, spec.Parameter, problem, lastColon: false))
                    {
                        draft.Variables.Add(new RuleDraft.VariableRow { Name = key, Label = value.Length == 0 ? null : value });
                    }

                    break;
                case RuleParameter.Weights:
                    foreach (var (key, value) in SplitPairs(text, spec.Parameter, problem, lastColon: true))
                    {
                        draft.Weights.Add(new RuleDraft.WeightRow { Option = key, Weight = NumberOf(value, RuleCellMessages.WeightNotNumber) });
                    }

                    break;
            }
        }

        return draft;
    }

    /// <summary>Numbers from numeric cells ("14.5") or typed the Vietnamese way ("14,50").</summary>
    public static decimal? ParseNumber(string text)
    {
        var trimmed = text.Trim().TrimEnd('%').Trim();
        if (!trimmed.Contains(',', StringComparison.Ordinal)
            && decimal.TryParse(trimmed, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var invariant))
        {
            return invariant;
        }

        return decimal.TryParse(trimmed, NumberStyles.Number, Vietnamese, out var vietnamese) ? vietnamese : null;
    }

    private static string Number(decimal? value) => value?.ToString("0.######", Vietnamese) ?? string.Empty;

    private static string? Pairs(IEnumerable<(string Key, string Value)> pairs) =>
        string.Join("; ", pairs.Select(p => $"{p.Key}: {p.Value}")) is { Length: > 0 } text ? text : null;

    /// <summary>"a: b; c: d" into pairs; a label may hold ":" (split at the last one), a variable's question too (split at the first).</summary>
    private static List<(string Key, string Value)> SplitPairs(string text, RuleParameter parameter, Action<RuleParameter, string> problem, bool lastColon)
    {
        var pairs = new List<(string, string)>();
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = lastColon ? part.LastIndexOf(':') : part.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                problem(parameter, RuleCellMessages.MissingColon(part));
                continue;
            }

            pairs.Add((part[..colon].Trim(), part[(colon + 1)..].Trim()));
        }

        return pairs;
    }
}
