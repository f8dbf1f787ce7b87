using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Common;

namespace ParIndex.Web.Components.Pages.Surveys;

/// <summary>Runs a survey use case for Home Affairs' pages: the refusal's Vietnamese text, or null when it went through.</summary>
internal static class SurveyRun
{
    public static async Task<string?> RefusalOfAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (ValidationException invalid)
        {
            return string.Join(" ", invalid.Errors.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal));
        }
        catch (Exception refusal) when (refusal is DomainException or WorkflowRefusedException or ConcurrencyConflictException or AccessDeniedException)
        {
            return refusal.Message;
        }
    }
}
