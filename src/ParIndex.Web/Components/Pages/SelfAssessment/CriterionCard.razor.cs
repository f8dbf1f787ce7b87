using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Common;
using ParIndex.Web.Components.Shared;
using ParIndex.Web.Localization;

namespace ParIndex.Web.Components.Pages.SelfAssessment;

/// <summary>
/// One criterion's entry with autosave: a change is saved about a second after typing stops, or at once when the
/// field loses focus. Saves of one card never overlap; a change made during a save is saved right after it.
/// </summary>
public sealed partial class CriterionCard
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(900);

    private readonly SemaphoreSlim _saving = new(1, 1);
    private readonly FieldErrors _errors = new();
    private Dictionary<string, string?> _values = [];
    private string? _explanation;
    private Guid? _stamp;
    private DateTime? _savedAtUtc;
    private decimal? _selfScore;
    private string? _outcome;
    private bool _isExcluded;
    private SaveState _state = SaveState.Saved;
    private string? _failure;
    private CancellationTokenSource? _debounce;
    private bool _dirty;
    private bool _disposed;

    // The person's culture, kept for saves that run after the debounce, outside a render.
    private CultureInfo _culture = CultureInfo.CurrentCulture;

    [Inject]
    private SaveAnswerHandler SaveAnswer { get; set; } = default!;

    [Inject]
    private IStringLocalizer<NumberMessages> NumberText { get; set; } = default!;

    [Parameter, EditorRequired]
    public Guid AssessmentId { get; set; }

    [Parameter, EditorRequired]
    public CriterionEntry Entry { get; set; } = default!;

    [Parameter]
    public bool CanEdit { get; set; }

    [Parameter]
    public EventCallback<SavedAnswer> OnSaved { get; set; }

    [Parameter]
    public EventCallback OnStale { get; set; }

    /// <summary>Whether this card holds a change not yet saved, so the page can warn before it is left.</summary>
    [Parameter]
    public EventCallback<(Guid NodeId, bool Unsaved)> OnUnsavedChanged { get; set; }

    /// <summary>Evidence was added or removed: the page refreshes its totals and checklist.</summary>
    [Parameter]
    public EventCallback OnEvidenceChanged { get; set; }

    private string PointsText => _isExcluded || Entry.IsNotApplicable ? L["Excluded"] : _selfScore?.ToString("0.##", System.Globalization.CultureInfo.CurrentCulture) ?? "—";

    private string PointsColor => _selfScore is null ? "mud-chip-color-default" : _selfScore >= Entry.MaxPoints ? "mud-chip-color-success" : "mud-chip-color-warning";

    private string ExplanationId => $"explanation-{Entry.NodeId:N}";

    public async ValueTask DisposeAsync()
    {
        // Leaving the page (or the domain) with a pending change saves it rather than dropping it.
        _disposed = true;
        if (_dirty && _state != SaveState.Conflict)
        {
            await SaveAsync();
        }

        _debounce?.Dispose();
        _saving.Dispose();
    }

    protected override void OnInitialized()
    {
        _culture = CultureInfo.CurrentCulture;
        // Figures are stored as invariant text and shown the person's way ("12,5" in Vietnamese).
        _values = AnswerNumbers.ToShown(Entry.Fields, Entry.Values, _culture);
        _explanation = Entry.Explanation;
        _stamp = Entry.ConcurrencyStamp;
        _savedAtUtc = Entry.UpdatedAtUtc;
        _selfScore = Entry.SelfScore;
        _outcome = Entry.Outcome;
        _isExcluded = Entry.IsExcluded;
    }

    private Task ChangedAsync()
    {
        MarkDirty();
        return Task.CompletedTask;
    }

    private Task ExplanationChangedAsync(string? text)
    {
        _explanation = text;
        MarkDirty();
        return Task.CompletedTask;
    }

    private void MarkDirty()
    {
        if (!CanEdit || _state == SaveState.Conflict)
        {
            return;
        }

        _dirty = true;
        _state = SaveState.Unsaved;
        _ = OnUnsavedChanged.InvokeAsync((Entry.NodeId, true));
        _debounce?.Cancel();
        _debounce?.Dispose();
        _debounce = new CancellationTokenSource();
        var token = _debounce.Token;
        _ = Task.Delay(Quiet, token).ContinueWith(_ => InvokeAsync(SaveAsync), token, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    private async Task SaveNowAsync()
    {
        if (_dirty)
        {
            _debounce?.Cancel();
            await SaveAsync();
        }
    }

    private async Task SaveAsync()
    {
        await _saving.WaitAsync();
        try
        {
            // One try per call once a save has failed: the change stays pending and the next change or leaving retries it.
            var tried = false;
            while (_dirty && _state != SaveState.Conflict && !(tried && _state == SaveState.Failed))
            {
                tried = true;
                _dirty = false;
                await SaveOnceAsync();
            }
        }
        finally
        {
            _saving.Release();
        }
    }

    private async Task SaveOnceAsync()
    {
        _state = SaveState.Saving;
        Refresh();
        _errors.Clear();
        try
        {
            var values = AnswerNumbers.ToStored(Entry.Fields, _values, _culture, out var unreadable);
            if (unreadable.Count > 0)
            {
                // Never guess what "1,2,3" meant: the field says it cannot read it, and nothing is saved.
                var message = new NumberMessages(NumberText).For(new NumberReading(null, NumberProblem.NotANumber), NumberLimits.None, _culture);
                throw new ValidationException(unreadable.Select(key => new ValidationFailure(key, message)));
            }

            var saved = await SaveAnswer.HandleAsync(new SaveAnswer(AssessmentId, Entry.NodeId, values, _explanation, _stamp), CancellationToken.None);
            (_stamp, _savedAtUtc, _selfScore, _outcome, _isExcluded) = (saved.ConcurrencyStamp, saved.SavedAtUtc, saved.SelfScore, saved.Outcome, saved.IsExcluded);
            _state = _dirty ? SaveState.Unsaved : SaveState.Saved;
            if (!_disposed)
            {
                await OnSaved.InvokeAsync(saved);
                await OnUnsavedChanged.InvokeAsync((Entry.NodeId, _dirty));
            }
        }
        catch (ValidationException ex)
        {
            _errors.Load(ex);
            Fail(L["Invalid"]);
        }
        catch (ConcurrencyConflictException)
        {
            _state = SaveState.Conflict;
        }
        catch (DomainException ex)
        {
            Fail(DomainMessages.For(ex));
        }
        catch (WorkflowRefusedException ex)
        {
            // Home Affairs decided "không đánh giá" for this criterion meanwhile: the message says so, with the reason.
            Fail(ex.Message);
        }
        catch (Exception ex) when (ex is AccessDeniedException or NotFoundException or IOException or TimeoutException
            or Microsoft.EntityFrameworkCore.DbUpdateException or System.Data.Common.DbException)
        {
            // The person keeps what they typed and is told it is not saved; the next change, or leaving the card, tries
            // again, and the page counts it as unsaved so it warns before the person leaves.
            _dirty = true;
            Fail(L["SaveFailed"]);
            if (!_disposed)
            {
                await OnUnsavedChanged.InvokeAsync((Entry.NodeId, true));
            }
        }

        Refresh();
    }

    private void Refresh()
    {
        if (!_disposed)
        {
            StateHasChanged();
        }
    }

    private void Fail(string message)
    {
        _state = SaveState.Failed;
        _failure = message;
    }
}
