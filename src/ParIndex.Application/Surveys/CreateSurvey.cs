using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>Home Affairs starts the design of a period's online survey (options A–D and "don't know" by default).</summary>
public sealed record CreateSurvey(Guid PeriodId, string Title, GroupAveraging Averaging = GroupAveraging.PerGroupThenEqually, int MinimumAnswers = 3);

public sealed class CreateSurveyHandler(IParIndexDbFactory dbFactory, IValidator<CreateSurvey> validator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "survey.created";

    public async Task<Guid> HandleAsync(CreateSurvey request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireManagerAsync(db, user, clock, Action, request.PeriodId, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        if (!await db.Periods.AnyAsync(p => p.Id == request.PeriodId, ct))
        {
            throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        }

        var survey = SurveyLoading.Domain(() => new Survey(request.PeriodId, request.Title, request.Averaging, request.MinimumAnswers,
            clock.GetUtcNow().UtcDateTime));
        db.Surveys.Add(survey);
        db.Audit(user, clock, Action, nameof(Survey), survey.Id, newValues: new { survey.PeriodId, survey.Title, survey.Averaging, survey.MinimumAnswers });
        await db.SaveChangesAsync(ct);
        return survey.Id;
    }
}

public sealed class CreateSurveyValidator : AbstractValidator<CreateSurvey>
{
    public CreateSurveyValidator()
    {
        RuleFor(s => s.PeriodId).NotEmpty().WithMessage(_ => SurveyDesignMessages.PeriodRequired);
        RuleFor(s => s.Title).NotEmpty().WithMessage(_ => SurveyDesignMessages.TitleRequired)
            .MaximumLength(Survey.MaxTitleLength).WithMessage(_ => SurveyDesignMessages.TitleTooLong);
        RuleFor(s => s.Averaging).IsInEnum().WithMessage(_ => SurveyDesignMessages.AveragingRequired);
        RuleFor(s => s.MinimumAnswers).InclusiveBetween(1, 1000).WithMessage(_ => SurveyDesignMessages.MinimumAnswersRange);
    }
}
