using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;
using ParIndex.Application.Appraisal;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Web.Components.Shared;
using ParIndex.Web.Localization;

namespace ParIndex.Web.Components.Pages.Appraisal;

/// <summary>
/// One criterion on the appraisal page: the unit's side next to the appraisal's. Inspectors score the open round
/// ("A" on a focused row accepts the self-score), ask for explanations in round 1; units answer questions. A save
/// that meets another inspector's newer score shows both and saves over it only when confirmed.
/// </summary>
public sealed partial class AppraisalRow
{
    private static readonly MarkupString HelpIcon = new(Icons.Material.Filled.HelpOutline);
    private decimal? _score;
    private string? _comment;
    private string? _question;
    private string? _answer;
    private Guid? _stamp;
    private bool _askOpen;
    private bool _saving;

    // The last save accepted the self-score rather than a typed score: "overwrite" after a conflict repeats that.
    private bool _accepting;
    private DateTime? _savedAtUtc;
    private AppraisalConflictException? _conflict;
    private readonly FieldErrors _errors = new();

    [Inject]
    private AppraiseCriterionHandler Appraise { get; set; } = default!;

    [Inject]
    private AcceptSelfScoreHandler Accept { get; set; } = default!;

    [Inject]
    private AskForExplanationHandler Ask { get; set; } = default!;

    [Inject]
    private AnswerExplanationHandler AnswerHandler { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Parameter, EditorRequired]
    public AppraisalView View { get; set; } = default!;

    [Parameter, EditorRequired]
    public AppraisalEntry Entry { get; set; } = default!;

    /// <summary>The unit answering questions rather than an inspector scoring.</summary>
    [Parameter]
    public bool UnitMode { get; set; }

    [Parameter]
    public EventCallback OnSaved { get; set; }

    private AppraisalRound? Round => !UnitMode && Entry.InScope && Entry.IsAppraisable && !Entry.Unit.IsNotApplicable ? View.Can.Round : null;

    private bool AskEditable => !UnitMode && View.Can.AskQuestions && Entry.InScope && Entry.IsAppraisable;

    private bool CanAddEvidence => UnitMode && View.Can.Answer && Entry.Question is not null;

    protected override void OnInitialized()
    {
        _stamp = Entry.ConcurrencyStamp;
        _score = View.Can.Round == AppraisalRound.Second ? Entry.Round2Score : Entry.Round1Score;
        _comment = View.Can.Round == AppraisalRound.Second ? Entry.Round2Comment : Entry.Round1Comment;
        _question = Entry.Question;
        _answer = Entry.Answer;
    }

    private static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.CurrentCulture) : "—";

    /// <summary>
    /// What the unit entered, the reader's way: "Có"/"Không" ("Yes"/"No") for a yes/no answer stored as true/false,
    /// figures as "97,5" in Vietnamese (stored as "97.5").
    /// </summary>
    private string Figure(InputField field) => Entry.Unit.Values.GetValueOrDefault(field.Name) is not { } value ? "—"
        : field.Kind is InputKind.YesNo ? (bool.TryParse(value, out var yes) ? L[yes ? "Answer.Yes" : "Answer.No"].Value : value)
        : field.Kind is InputKind.Choice ? value
        : NumberText.FromInvariant(value, CultureInfo.CurrentCulture) ?? value;

    private async Task KeyAsync(KeyboardEventArgs e)
    {
        if (Round is not null && !e.CtrlKey && !e.AltKey && e.Key is "a" or "A" && Entry.Unit.SelfScore is not null)
        {
            await AcceptSelfAsync();
        }
    }

    /// <summary>Records the self-score as stored (2,3025 stays 2,3025), not the two-decimal number a person would type.</summary>
    private async Task AcceptSelfAsync()
    {
        _score = Entry.Unit.SelfScore;
        _errors.SetUnread("Score", null); // whatever was typed in the box is replaced by the self-score
        _accepting = true;
        await SaveWithAsync(_stamp);
    }

    private Task SaveAsync()
    {
        _accepting = false;
        return SaveWithAsync(_stamp);
    }

    private Task OverwriteAsync() => SaveWithAsync(_conflict is null ? _stamp : null, overwrite: true);

    private async Task KeepTheirsAsync()
    {
        _conflict = null;
        await OnSaved.InvokeAsync();
        _stamp = Entry.ConcurrencyStamp;
        _score = Round == AppraisalRound.Second ? Entry.Round2Score : Entry.Round1Score;
        _comment = Round == AppraisalRound.Second ? Entry.Round2Comment : Entry.Round1Comment;
    }

    private async Task SaveWithAsync(Guid? stamp, bool overwrite = false)
    {
        if (Round is not { } round || _saving)
        {
            return;
        }

        if (_score is null)
        {
            _errors.Clear();
            _errors.Load(new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("Score", L["ScoreRequired"])]));
            return;
        }

        _saving = true;
        try
        {
            if (overwrite)
            {
                // The person confirmed after seeing the other score: save over the version now stored.
                await OnSaved.InvokeAsync();
                stamp = Entry.ConcurrencyStamp;
            }

            AppraisedCriterion? saved = null;
            var outcome = await UseCaseAction.RunAsync(async () => saved = _accepting
                    ? await Accept.HandleAsync(new AcceptSelfScore(View.AssessmentId, Entry.Unit.NodeId, round, _comment, stamp), CancellationToken.None)
                    : await Appraise.HandleAsync(new AppraiseCriterion(View.AssessmentId, Entry.Unit.NodeId, round, _score.Value, _comment, stamp), CancellationToken.None),
                _errors, Snackbar, L, onConflict: ex => _conflict = ex as AppraisalConflictException);
            if (outcome == UseCaseOutcome.Done && saved is not null)
            {
                _conflict = null;
                _stamp = saved.ConcurrencyStamp;
                _savedAtUtc = saved.SavedAtUtc;
                await OnSaved.InvokeAsync();
            }
        }
        finally
        {
            _saving = false;
        }
    }

    private async Task AskAsync()
    {
        if (await UseCaseAction.RunAsync(() => Ask.HandleAsync(new AskForExplanation(View.AssessmentId, Entry.Unit.NodeId, _question), CancellationToken.None),
                _errors, Snackbar, L) == UseCaseOutcome.Done)
        {
            _askOpen = false;
            await OnSaved.InvokeAsync();
            _stamp = Entry.ConcurrencyStamp;
        }
    }

    private async Task WithdrawAsync()
    {
        _question = null;
        await AskAsync();
    }

    private async Task AnswerAsync()
    {
        AnsweredExplanation? saved = null;
        if (await UseCaseAction.RunAsync(async () => saved = await AnswerHandler.HandleAsync(
                new AnswerExplanation(View.AssessmentId, Entry.Unit.NodeId, _answer ?? string.Empty, _stamp ?? Guid.Empty), CancellationToken.None),
                _errors, Snackbar, L) == UseCaseOutcome.Done && saved is not null)
        {
            _stamp = saved.ConcurrencyStamp;
            _savedAtUtc = saved.SavedAtUtc;
            await OnSaved.InvokeAsync();
        }
    }
}
