using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;

namespace ParIndex.Application.Common;

/// <summary>
/// The texts of one <c>*Messages</c> class, read from the resx beside it (<c>X.resx</c> Vietnamese, <c>X.en.resx</c>
/// English) in the culture of the person reading — at the moment the text is needed, not when the class loads.
/// A message is one member (<c>public static string Name =&gt; Text.Get();</c>) and one line in each resx.
/// </summary>
internal sealed class MessageText(Type owner)
{
    private readonly ResourceManager _resources = new(owner);

    /// <summary>The text named like the calling member (or <paramref name="key"/>).</summary>
    public string Get([CallerMemberName] string key = "") =>
        _resources.GetString(key, CultureInfo.CurrentUICulture) is { Length: > 0 } text ? text : key;

    /// <summary>
    /// The text with its values ({0}, {1:N0}…) written in <see cref="NumberCulture"/>: "0,75" and "20.000" in Vietnamese.
    /// </summary>
    public string Format(string key, params object?[] arguments) =>
        string.Format(NumberCulture, Get(key), arguments);

    /// <summary>
    /// The culture every message's figures are written in: the same reader's culture the rules' sentences use
    /// (<see cref="RuleWording.ReaderCulture"/>) — English for a person who chose English, Vietnamese otherwise, including
    /// a background job, a test or a command-line tool with no UI culture. The neutral texts are Vietnamese, so their
    /// figures must read the Vietnamese way beside them; one decision for messages and rule sentences alike.
    /// </summary>
    internal static CultureInfo NumberCulture => RuleWording.ReaderCulture;

    /// <summary>Whether the key exists in the neutral (Vietnamese) resources: the completeness test reads it.</summary>
    public bool Has(string key) => _resources.GetString(key, CultureInfo.InvariantCulture) is not null;
}
