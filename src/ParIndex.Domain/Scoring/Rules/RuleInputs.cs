using System.Globalization;
using System.Text.Json;
using ParIndex.Domain.Common;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>Reads what a unit entered (a JSON object) without trusting its shape.</summary>
internal static class RuleInputs
{
    public static decimal? Number(JsonElement inputs, string name) =>
        inputs.ValueKind == JsonValueKind.Object && inputs.TryGetProperty(name, out var value) ? AsDecimal(value) : null;

    public static bool? Flag(JsonElement inputs, string name) =>
        inputs.ValueKind == JsonValueKind.Object && inputs.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => null }
            : null;

    public static string? Text(JsonElement inputs, string name) =>
        inputs.ValueKind == JsonValueKind.Object && inputs.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static decimal? AsDecimal(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
        JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    /// <summary>A rate in percent, given directly or as numerator and denominator (kept exact, no rounding before tiers).</summary>
    public static RateInput Rate(JsonElement inputs)
    {
        if (Number(inputs, "denominator") is { } denominator && Number(inputs, "numerator") is { } numerator)
        {
            return denominator == 0m
                ? new RateInput(null, true, numerator, denominator)
                : new RateInput(100m * numerator / denominator, false, numerator, denominator);
        }

        return new RateInput(Number(inputs, "rate"), false, null, null);
    }

    public static T Parse<T>(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(string.IsNullOrWhiteSpace(json) ? "{}" : json, Options)
                ?? throw new DomainException("rule.parameters", "The rule has no parameters.");
        }
        catch (JsonException ex)
        {
            throw new DomainException("rule.parameters", $"The rule's parameters are not valid JSON: {ex.Message}", ex.Message);
        }
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowReadingFromString,
    };
}

/// <summary>A rate as entered; <see cref="NothingToCount"/> when the denominator was 0.</summary>
internal readonly record struct RateInput(decimal? Rate, bool NothingToCount, decimal? Numerator, decimal? Denominator)
{
    /// <summary>"97,50% (195/200)" or "97,50%", as a part of the explanation.</summary>
    public RuleText Shown => Numerator is { } n && Denominator is { } d && Rate is { } rate
        ? new RuleText("outcome.rateOf", rate, n, d)
        : new RuleText("outcome.percent", Rate ?? 0m);
}
