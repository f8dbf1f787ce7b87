using FluentValidation;
using Microsoft.Extensions.Localization;
using MudBlazor;
using ParIndex.Application.Common;
using ParIndex.Domain.Common;
using Severity = MudBlazor.Severity;

namespace ParIndex.Web.Components.Shared;

public enum UseCaseOutcome
{
    Done,

    /// <summary>The input was refused; the failures are in the form's <see cref="FieldErrors"/>.</summary>
    Invalid,

    /// <summary>Someone else changed or removed the record: the caller reloads what it shows.</summary>
    Stale,

    Refused,
}

/// <summary>Runs a use case for a page or dialog and tells the person why it was refused.</summary>
public static class UseCaseAction
{
    public static async Task<UseCaseOutcome> RunAsync(Func<Task> action, FieldErrors errors, ISnackbar snackbar, IStringLocalizer text,
        Action<ConcurrencyConflictException>? onConflict = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(snackbar);
        ArgumentNullException.ThrowIfNull(text);
        errors.Clear();
        if (errors.HasUnreadInput)
        {
            // A field shows what it could not read; running now would save the value it held before.
            return UseCaseOutcome.Invalid;
        }

        try
        {
            await action();
            return UseCaseOutcome.Done;
        }
        catch (ValidationException ex)
        {
            errors.Load(ex);
            return UseCaseOutcome.Invalid;
        }
        catch (ConcurrencyConflictException ex)
        {
            if (onConflict is null)
            {
                snackbar.Add(ex.Message, Severity.Warning);
            }
            else
            {
                onConflict(ex);
            }

            return UseCaseOutcome.Stale;
        }
        catch (NotFoundException)
        {
            snackbar.Add(text["NotFound"], Severity.Warning);
            return UseCaseOutcome.Stale;
        }
        catch (WorkflowRefusedException ex)
        {
            snackbar.Add(ex.Message, Severity.Warning);
            return UseCaseOutcome.Refused;
        }
        catch (AccessDeniedException ex)
        {
            snackbar.Add(ex.Message, Severity.Error);
            return UseCaseOutcome.Refused;
        }
        catch (DomainException ex)
        {
            // The rule's own reason, in the person's language: "Refused" alone leaves them guessing.
            snackbar.Add(DomainMessages.For(ex), Severity.Error);
            return UseCaseOutcome.Refused;
        }
    }
}
