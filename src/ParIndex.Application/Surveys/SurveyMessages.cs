using ParIndex.Application.Common;
using ParIndex.Domain.Common;

namespace ParIndex.Application.Surveys;

/// <summary>
/// What a respondent or Home Affairs reads when the survey refuses something, by the domain's stable code: the texts
/// are the domain's (<see cref="DomainMessages"/>), in the reader's language.
/// </summary>
public static class SurveyMessages
{
    public static string For(string code) => DomainMessages.Has(code) ? DomainMessages.For(new DomainException(code, code)) : CommonMessages.Refused;

    public static string Incomplete(int missing) => DomainMessages.For(Refusal("invitation.incomplete", missing));

    /// <summary>The domain's refusal again (its text comes from its code); kept for the callers that rethrow it.</summary>
    public static DomainException Translated(DomainException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return refusal;
    }

    public static DomainException Refusal(string code, params object?[] arguments) => new(code, code, arguments);
}
