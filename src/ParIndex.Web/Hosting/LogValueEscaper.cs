using System.Globalization;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace ParIndex.Web.Hosting;

/// <summary>
/// Log injection (ASVS 5.0 16.4.1, E4): a value carrying CR, LF or another control character (a unit name, a user
/// name, a request path) is rewritten with visible escapes before any sink sees it, so one event stays one line
/// in the console's text and nobody can forge an entry. The files are compact JSON, which escapes them anyway.
/// </summary>
public sealed class LogValueEscaper : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        foreach (var (name, value) in logEvent.Properties.ToList())
        {
            if (Escape(value) is { } escaped)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, escaped));
            }
        }
    }

    /// <summary>The value with its strings escaped, or null when nothing needed it.</summary>
    internal static LogEventPropertyValue? Escape(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: string text } when text.Any(char.IsControl) => new ScalarValue(Escape(text)),
        SequenceValue sequence when sequence.Elements.Any(e => Escape(e) is not null) =>
            new SequenceValue(sequence.Elements.Select(e => Escape(e) ?? e)),
        StructureValue structure when structure.Properties.Any(p => Escape(p.Value) is not null) =>
            new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Escape(p.Value) ?? p.Value)), structure.TypeTag),
        DictionaryValue dictionary when dictionary.Elements.Any(e => Escape(e.Value) is not null) =>
            new DictionaryValue(dictionary.Elements.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, Escape(e.Value) ?? e.Value))),
        _ => null,
    };

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\r' => escaped.Append(@"\r"),
                '\n' => escaped.Append(@"\n"),
                '\t' => escaped.Append(@"\t"),
                _ when char.IsControl(c) => escaped.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
