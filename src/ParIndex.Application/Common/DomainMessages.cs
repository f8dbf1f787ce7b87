using ParIndex.Domain.Common;

namespace ParIndex.Application.Common;

/// <summary>
/// The one translator of domain refusals: the text for <see cref="DomainException.MessageKey"/> in
/// <c>DomainMessages(.en).resx</c>, with the refusal's arguments written in the reader's culture. The API's problem
/// details and the pages (<c>UseCaseAction</c>) both call it. An enum argument reads as its word
/// (<c>PeriodState.Approved</c> → "Đã phê duyệt"); a code without a text falls back to the domain's English.
/// </summary>
public static class DomainMessages
{
    private static readonly MessageText Text = new(typeof(DomainMessages));

    public static string For(DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        if (!Text.Has(refusal.MessageKey))
        {
            return refusal.Message;
        }

        var arguments = refusal.Arguments.Select(a => a is Enum value ? Word(value) : a).ToArray();
        try
        {
            return Text.Format(refusal.MessageKey, arguments);
        }
        catch (FormatException)
        {
            // Thrown without the values its text names: the text without them beats a crash while refusing.
            return Text.Get(refusal.MessageKey);
        }
    }

    /// <summary>Whether a code (or message key) has its text; a test checks every code the domain throws.</summary>
    public static bool Has(string key) => Text.Has(key);

    private static string Word(Enum value)
    {
        var key = $"{value.GetType().Name}.{value}";
        return Text.Has(key) ? Text.Get(key) : value.ToString();
    }
}
