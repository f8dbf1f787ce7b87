using System.Globalization;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// A sentence of the rules before it has a language: a code and the values it names. Numbers stay decimals, a
/// person's own words (a level's name, a formula's variable) stay strings, a part of a sentence is a RuleText and a list
/// of parts is a <c>RuleText[]</c>. The Application writes it in the reader's culture (<c>Common/RuleWording</c> and its
/// resx pair): the domain keeps no resources (ADR 0007).
/// </summary>
public sealed class RuleText
{
    public RuleText(string code, params object[] arguments)
    {
        Code = code;
        Arguments = arguments;
    }

    /// <summary>The key of the sentence in <c>RuleWording(.en).resx</c>.</summary>
    public string Code { get; }

    /// <summary>The values the sentence names, in the order of its placeholders.</summary>
    public IReadOnlyList<object> Arguments { get; }

    /// <summary>Words a person wrote into the framework (a formula variable's label): the same in every language.</summary>
    public static RuleText Verbatim(string text) => new(VerbatimCode, text);

    public const string VerbatimCode = "verbatim";

    /// <summary>For logs and debuggers only; people read it through the Application's wording.</summary>
    public override string ToString() =>
        Arguments.Count == 0 ? Code : string.Create(CultureInfo.InvariantCulture, $"{Code}({string.Join("; ", Arguments)})");
}
