using System.Globalization;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Web.Localization;

/// <summary>
/// The figures of an answer (self-assessment, external data) travel to the use cases as invariant text ("12.5") and
/// are typed and shown the person's way ("12,5"). This converts both directions through <see cref="NumberText"/>, so
/// the forms that edit answers read numbers exactly like every other numeric input.
/// </summary>
public static class AnswerNumbers
{
    /// <summary>The stored figures shown in the culture: "92.3" becomes "92,3" in Vietnamese.</summary>
    public static Dictionary<string, string?> ToShown(IEnumerable<InputField> fields, IReadOnlyDictionary<string, string?> stored, CultureInfo culture)
    {
        var numeric = NumericKeys(fields);
        return stored.ToDictionary(p => p.Key, p => numeric.Contains(p.Key) ? NumberText.FromInvariant(p.Value, culture) : p.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// What was typed, as the use case reads it; the keys whose text is not a number the culture writes go into
    /// <paramref name="unreadable"/> and keep their text, so the use case refuses them rather than guessing.
    /// </summary>
    public static Dictionary<string, string?> ToStored(IEnumerable<InputField> fields, IReadOnlyDictionary<string, string?> typed, CultureInfo culture,
        out IReadOnlyList<string> unreadable)
    {
        var numeric = NumericKeys(fields);
        var problems = new List<string>();
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, text) in typed)
        {
            var invariant = numeric.Contains(key) ? NumberText.ToInvariant(text, culture) : text;
            if (invariant is null && !string.IsNullOrWhiteSpace(text))
            {
                problems.Add(key);
            }

            values[key] = invariant ?? text;
        }

        unreadable = problems;
        return values;
    }

    private static HashSet<string> NumericKeys(IEnumerable<InputField> fields) =>
        fields.Where(f => f.Kind is not (InputKind.YesNo or InputKind.Choice)).SelectMany(AnswerInputs.KeysOf).ToHashSet(StringComparer.Ordinal);
}
