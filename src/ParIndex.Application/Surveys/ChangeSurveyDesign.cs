using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>One change to a draft survey's design: add or remove a question or a group, or set how answers count.</summary>
public abstract record SurveyDesignChange(Guid SurveyId);

public sealed record AddSurveyQuestion(Guid SurveyId, string CriterionCode, string Text) : SurveyDesignChange(SurveyId);

public sealed record RemoveSurveyQuestion(Guid SurveyId, Guid QuestionId) : SurveyDesignChange(SurveyId);

public sealed record AddRespondentGroup(Guid SurveyId, string Name, IReadOnlyList<Guid> RatedBlockIds) : SurveyDesignChange(SurveyId);

public sealed record RemoveRespondentGroup(Guid SurveyId, Guid GroupId) : SurveyDesignChange(SurveyId);

/// <summary>How groups combine, the fewest answers per unit, and (when given) the answer options with their weights.</summary>
public sealed record SetSurveyScoring(Guid SurveyId, GroupAveraging Averaging, int MinimumAnswers, IReadOnlyList<AnswerOption>? Options = null)
    : SurveyDesignChange(SurveyId);

/// <summary>Applies a design change to a draft survey, audited with the design before and after.</summary>
public sealed class ChangeSurveyDesignHandler(IParIndexDbFactory dbFactory, IValidator<SurveyDesignChange> validator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "survey.designChanged";

    public async Task HandleAsync(SurveyDesignChange request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireManagerAsync(db, user, clock, Action, request.SurveyId, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: true, ct);
        var before = Snapshot(survey);
        SurveyLoading.Domain(() => Apply(survey, request));
        db.Audit(user, clock, Action, nameof(Survey), survey.Id, before, Snapshot(survey));
        await db.SaveChangesAsync(ct);
    }

    private static void Apply(Survey survey, SurveyDesignChange change)
    {
        switch (change)
        {
            case AddSurveyQuestion add:
                survey.AddQuestion(add.CriterionCode, add.Text);
                break;
            case RemoveSurveyQuestion remove:
                survey.RemoveQuestion(remove.QuestionId);
                break;
            case AddRespondentGroup group:
                survey.AddGroup(group.Name, [.. group.RatedBlockIds]);
                break;
            case RemoveRespondentGroup group:
                survey.RemoveGroup(group.GroupId);
                break;
            case SetSurveyScoring scoring:
                survey.Configure(scoring.Averaging, scoring.MinimumAnswers);
                if (scoring.Options is { } options)
                {
                    survey.SetOptions(options);
                }

                break;
            default:
                throw new ArgumentException("Unknown design change.", nameof(change));
        }
    }

    private static object Snapshot(Survey survey) => new { survey.Averaging, survey.MinimumAnswers, survey.Options, survey.Questions, survey.Groups };
}

public sealed class SurveyDesignChangeValidator : AbstractValidator<SurveyDesignChange>
{
    public SurveyDesignChangeValidator()
    {
        RuleFor(c => c.SurveyId).NotEmpty();
        When(c => c is AddSurveyQuestion, () =>
        {
            RuleFor(c => ((AddSurveyQuestion)c).CriterionCode).NotEmpty().WithMessage(_ => SurveyDesignMessages.CriterionRequired).OverridePropertyName("CriterionCode");
            RuleFor(c => ((AddSurveyQuestion)c).Text).NotEmpty().WithMessage(_ => SurveyDesignMessages.QuestionRequired)
                .MaximumLength(Survey.MaxQuestionLength).WithMessage(_ => SurveyDesignMessages.QuestionTooLong).OverridePropertyName("Text");
        });
        When(c => c is AddRespondentGroup, () =>
        {
            RuleFor(c => ((AddRespondentGroup)c).Name).NotEmpty().WithMessage(_ => SurveyDesignMessages.GroupNameRequired)
                .MaximumLength(Survey.MaxGroupNameLength).WithMessage(_ => SurveyDesignMessages.GroupNameTooLong).OverridePropertyName("Name");
            RuleFor(c => ((AddRespondentGroup)c).RatedBlockIds).NotEmpty().WithMessage(_ => SurveyDesignMessages.GroupBlocksRequired)
                .OverridePropertyName("RatedBlockIds");
        });
        When(c => c is SetSurveyScoring, () =>
        {
            RuleFor(c => ((SetSurveyScoring)c).MinimumAnswers).InclusiveBetween(1, 1000).WithMessage(_ => SurveyDesignMessages.MinimumAnswersRange)
                .OverridePropertyName("MinimumAnswers");
            RuleFor(c => ((SetSurveyScoring)c).Averaging).IsInEnum().WithMessage(_ => SurveyDesignMessages.AveragingRequired).OverridePropertyName("Averaging");
        });
    }
}
