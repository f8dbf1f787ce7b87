using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.SelfAssessment;

/// <summary>
/// Turns what a person typed (text per field, invariant numbers, "true"/"false") into the inputs JSON a rule reads,
/// and back. A rate is entered as "numerator" and "denominator", or as "rate" directly.
/// </summary>
public static class AnswerInputs
{
    public const string Numerator = "numerator";
    public const string Denominator = "denominator";

    /// <summary>The keys a field takes in the form.</summary>
    public static IEnumerable<string> KeysOf(InputField field) =>
        field.Kind == InputKind.Rate ? [Numerator, Denominator, field.Name] : [field.Name];

    public static string ToJson(IReadOnlyList<InputField> fields, IReadOnlyDictionary<string, string?> values)
    {
        var json = new JsonObject();
        foreach (var field in fields)
        {
            foreach (var key in KeysOf(field))
            {
                if (Value(values, key) is not { } text)
                {
                    continue;
                }

                json[key] = field.Kind switch
                {
                    InputKind.YesNo => JsonValue.Create(bool.Parse(text)),
                    InputKind.Choice => JsonValue.Create(text),
                    _ => JsonValue.Create(ParseNumber(text) ?? throw new FormatException($"{key} is not a number.")),
                };
            }
        }

        return json.ToJsonString();
    }

    public static IReadOnlyDictionary<string, string?> FromJson(IReadOnlyList<InputField> fields, string? inputsJson)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(string.IsNullOrWhiteSpace(inputsJson) ? "{}" : inputsJson);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return values;
        }

        foreach (var key in fields.SelectMany(KeysOf))
        {
            if (document.RootElement.TryGetProperty(key, out var value))
            {
                values[key] = value.ValueKind switch
                {
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    JsonValueKind.Number => value.GetDecimal().ToString(CultureInfo.InvariantCulture),
                    JsonValueKind.String => value.GetString(),
                    _ => null,
                };
            }
        }

        return values;
    }

    /// <summary>Everything the rule needs is there, so the computed points are the unit's self-score.</summary>
    public static bool IsComplete(IReadOnlyList<InputField> fields, IReadOnlyDictionary<string, string?> values) =>
        fields.Count > 0 && fields.All(field => field switch
        {
            { Kind: InputKind.Rate } => Value(values, field.Name) is not null
                || (Value(values, Numerator) is not null && Value(values, Denominator) is not null),
            // Days late only matter when the work was late; "not done" needs no more than that, and "on time" implies done.
            { Name: "onTime" } => Value(values, "done") == "false" || Value(values, field.Name) is not null,
            { Name: "done" } when fields.Any(f => f.Name == "onTime") => Value(values, field.Name) is not null || Value(values, "onTime") is not null,
            { Name: "daysLate" } => true,
            _ => Value(values, field.Name) is not null,
        });

    /// <summary>A number as typed in Vietnam or by a machine: "12,5" and "12.5" are both twelve and a half.</summary>
    public static decimal? ParseNumber(string text)
    {
        var normalized = text.Contains('.', StringComparison.Ordinal) ? text : text.Replace(',', '.');
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite
            | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var number) ? number : null;
    }

    public static string? Value(IReadOnlyDictionary<string, string?> values, string key) =>
        values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
