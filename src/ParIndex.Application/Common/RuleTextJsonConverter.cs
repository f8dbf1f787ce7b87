using System.Text.Json;
using System.Text.Json.Serialization;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.Common;

/// <summary>
/// Writes a <see cref="RuleText"/> (an entry field's label, for instance) into the API's JSON as the sentence in the
/// reader's culture, so clients read "Rate" or "Tỷ lệ" — never a code to translate themselves.
/// </summary>
public sealed class RuleTextJsonConverter : JsonConverter<RuleText>
{
    public override RuleText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Rule texts are written for people, not read back.");

    public override void Write(Utf8JsonWriter writer, RuleText value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(RuleWording.Of(value));
    }
}
