using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>
/// Saves answers in progress behind a code: each given cell replaces the saved one, an empty option clears it. Not
/// audited: progress changes nothing in the index, and an audit entry per save would time-stamp the invitation.
/// </summary>
public sealed record SaveSurveyAnswers(string Code, IReadOnlyList<SurveyAnswer> Answers);

/// <summary>How many cells of the form are answered so far.</summary>
public sealed record SurveyProgressSaved(int Answered, int Total);

public sealed class SaveSurveyAnswersHandler(IParIndexDbFactory dbFactory, IValidator<SaveSurveyAnswers> validator, TimeProvider clock)
{
    public const int MaxAnswersPerSave = 5000;

    public async Task<SurveyProgressSaved> HandleAsync(SaveSurveyAnswers request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateAsync(ct);
        var (invitation, survey) = await SurveyLoading.InvitationAsync(db, request.Code, tracked: true, ct);
        var cells = await CellsAsync(db, survey, invitation, ct);
        SurveyLoading.Domain(() => invitation.SaveDraft(survey, cells, request.Answers, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        return new SurveyProgressSaved(invitation.Draft.Count(a => cells.Contains(new SurveyCell(a.UnitId, a.QuestionId))), cells.Count);
    }

    internal static async Task<HashSet<SurveyCell>> CellsAsync(IParIndexDb db, Survey survey, SurveyInvitation invitation, CancellationToken ct)
    {
        // A used or revoked invitation is refused before the period's units are loaded.
        if (invitation.State != InvitationState.Issued)
        {
            throw SurveyMessages.Refusal(invitation.State == InvitationState.Submitted ? "invitation.submitted" : "invitation.revoked");
        }

        return SurveyUnits.CellsOf(SurveyUnits.FormOf(survey, survey.Group(invitation.GroupId), await SurveyUnits.LoadAsync(db, survey.PeriodId, tracked: false, ct)));
    }
}

public sealed class SaveSurveyAnswersValidator : AbstractValidator<SaveSurveyAnswers>
{
    public SaveSurveyAnswersValidator()
    {
        RuleFor(s => s.Code).NotEmpty().WithMessage(_ => SurveyDesignMessages.CodeRequired);
        RuleFor(s => s.Answers).NotNull().WithMessage(_ => SurveyDesignMessages.NoAnswers)
            .Must(a => a is null || a.Count <= SaveSurveyAnswersHandler.MaxAnswersPerSave).WithMessage(_ => SurveyDesignMessages.TooManyAnswersPerSave);
    }
}
