using System.Globalization;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks.Rules;

/// <summary>
/// The guidance ("Thang điểm") a unit reads next to a criterion, written from the rule itself so it can never
/// drift from what is scored: "Đạt từ 90% trở lên: 1 điểm; từ 70% đến dưới 90%: 0,5 điểm; dưới 70%: 0 điểm."
/// The officer's own words are a note after it (stored in the leaf's Guidance field), never a second scale.
/// </summary>
public static class RuleGuidance
{
    /// <summary>The rule's guidance with the officer's note after it; only the note when the parameters do not read.</summary>
    public static string? WithNote(RuleType type, string? parameters, WhenNothingToCount whenNothingToCount, decimal maxPoints, string? note, CultureInfo culture)
    {
        var generated = RuleDraft.TryRead(type, parameters) is { } draft ? Write(type, draft, whenNothingToCount, maxPoints, culture) : null;
        var parts = new[] { generated, note?.Trim() }.Where(p => !string.IsNullOrEmpty(p));
        return string.Join(" ", parts) is { Length: > 0 } text ? text : null;
    }

    /// <summary>The guidance of a rule being edited (rows left half empty are skipped), in the culture's language.</summary>
    public static string Write(RuleType type, RuleDraft draft, WhenNothingToCount whenNothingToCount, decimal maxPoints, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var say = GuidancePhrases.For(culture);
        var scale = type switch
        {
            RuleType.YesNo => Sentence(say, $"{say.Yes}: {say.Points(draft.Yes ?? maxPoints)}; {say.No}: {say.Points(draft.No ?? 0m)}"),
            RuleType.Timeliness => Sentence(say, $"{say.OnTime}: {say.Points(draft.OnTime ?? maxPoints)}; {say.Late}: {say.Points(draft.Late ?? 0m)}; {say.NotDone}: {say.Points(0m)}"),
            RuleType.Level => Sentence(say, string.Join("; ", draft.Levels.Where(l => l.Points is not null).Select(l => $"{l.Label?.Trim()}: {say.Points(l.Points!.Value)}"))),
            RuleType.PercentTiers or RuleType.External => Tiers(say, draft, say.Percent, 100m),
            RuleType.CountTiers => Tiers(say, draft, v => draft.OutOf is { } of ? $"{say.Number(v)}/{of}" : say.Number(v), draft.OutOf),
            RuleType.Proportional => Sentence(say, $"{say.Proportional} ({say.Points(maxPoints)})"
                + (draft.Floor is { } floor and > 0m ? $"; {say.BelowFloor(say.Percent(floor))}" : string.Empty)),
            RuleType.Formula => Formula(say, draft, maxPoints),
            RuleType.Survey => Survey(say, draft, maxPoints),
            RuleType.Bonus => say.Bonus,
            RuleType.Deduction => say.Deduction,
            _ => string.Empty,
        };

        if (!RuleParameterCatalog.CountsCases(type) || scale.Length == 0)
        {
            return scale;
        }

        var nothing = whenNothingToCount switch
        {
            WhenNothingToCount.FullPoints => say.NothingFull(say.Points(maxPoints)),
            WhenNothingToCount.Excluded => say.NothingExcluded,
            _ => say.NothingZero,
        };
        return $"{scale} {nothing}";
    }

    /// <summary>Best first: "Đạt từ 90% trở lên: 1 điểm; từ 70% đến dưới 90%: 0,5 điểm; dưới 70%: 0 điểm."</summary>
    private static string Tiers(GuidancePhrases say, RuleDraft draft, Func<decimal, string> shown, decimal? top)
    {
        var tiers = draft.Tiers.Where(t => t.Min is not null && t.Points is not null).Select(t => (Min: t.Min!.Value, Points: t.Points!.Value)).ToList();
        if (tiers.Count == 0)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        for (var i = 0; i < tiers.Count; i++)
        {
            var (min, points) = tiers[i];
            var range = i == 0
                ? say.Lead + (min >= top ? say.Exactly(shown(min)) : say.AtLeast(shown(min)))
                : IsNextWhole(min, tiers[i - 1].Min) && draft.OutOf is not null ? say.Exactly(shown(min)) : say.Between(shown(min), shown(tiers[i - 1].Min));
            parts.Add($"{range}: {say.Points(points)}");
        }

        if (tiers[^1].Min > 0m)
        {
            parts.Add($"{say.Below(shown(tiers[^1].Min))}: {say.Points(0m)}");
        }

        return Sentence(say, string.Join("; ", parts));
    }

    /// <summary>A count one below the previous threshold is a single value: "3/4", not "from 3/4 to under 4/4".</summary>
    private static bool IsNextWhole(decimal min, decimal previous) => decimal.Truncate(min) == min && previous - min == 1m;

    private static string Formula(GuidancePhrases say, RuleDraft draft, decimal maxPoints)
    {
        if (string.IsNullOrWhiteSpace(draft.Expression))
        {
            return string.Empty;
        }

        var where = draft.Variables.Where(v => !string.IsNullOrWhiteSpace(v.Name))
            .Select(v => say.VariableIs(v.Name!.Trim(), string.IsNullOrWhiteSpace(v.Label) ? v.Name.Trim() : v.Label.Trim()))
            .Append(say.VariableIs("max", say.MaximumIs(say.Points(maxPoints))));
        return Sentence(say, say.Formula(draft.Expression.Trim(), string.Join(", ", where), say.Points(maxPoints)));
    }

    private static string Survey(GuidancePhrases say, RuleDraft draft, decimal maxPoints)
    {
        var text = Sentence(say, say.Survey(say.Points(maxPoints)));
        var weights = draft.Weights.Where(w => !string.IsNullOrWhiteSpace(w.Option) && w.Weight is not null).ToList();
        if (weights.Count > 0)
        {
            text += " " + Sentence(say, say.SurveyWeights(string.Join(", ", weights.Select(w => $"{w.Option!.Trim()} {say.Percent(w.Weight!.Value)}"))));
        }

        if (!string.IsNullOrWhiteSpace(draft.Source))
        {
            text += " " + Sentence(say, say.SurveySource(draft.Source.Trim()));
        }

        return text;
    }

    /// <summary>Capitalised and closed with a full stop.</summary>
    private static string Sentence(GuidancePhrases say, string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], say.Culture) + text[1..] + (text.EndsWith('.') ? string.Empty : ".");
}
