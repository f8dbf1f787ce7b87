using FluentValidation;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ParIndex.Application.Common;
using ParIndex.Domain.Common;
using Severity = MudBlazor.Severity;

namespace ParIndex.Web.Components.Pages.DataImport;

/// <summary>
/// Runs a data-import use case for the page: input problems come back to show beside the row or file they concern;
/// refusals (state, access, someone else's change) are told in a snackbar.
/// </summary>
internal static class DataImportAction
{
    /// <returns>Null when done; otherwise the validation messages (empty when the refusal was already shown).</returns>
    public static async Task<IReadOnlyList<string>?> RunAsync(Func<Task> action, ISnackbar snackbar, IStringLocalizer<SharedResource> text)
    {
        try
        {
            await action();
            return null;
        }
        catch (ValidationException ex)
        {
            return [.. ex.Errors.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is WorkflowRefusedException or AccessDeniedException or ConcurrencyConflictException)
        {
            snackbar.Add(ex.Message, Severity.Warning);
            return [];
        }
        catch (NotFoundException)
        {
            snackbar.Add(text["DataImport.NotFound"], Severity.Warning);
            return [];
        }
        catch (DomainException ex)
        {
            snackbar.Add(DomainMessages.For(ex), Severity.Error);
            return [];
        }
    }
}
