using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>Opens the survey to its invitations between two moments (UTC); the design is fixed from then on.</summary>
public sealed record OpenSurvey(Guid SurveyId, DateTime OpensAtUtc, DateTime ClosesAtUtc);

public sealed class OpenSurveyHandler(IParIndexDbFactory dbFactory, IValidator<OpenSurvey> validator, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "survey.opened";

    public async Task HandleAsync(OpenSurvey request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireManagerAsync(db, user, clock, Action, request.SurveyId, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: true, ct);
        SurveyLoading.Domain(() => survey.Open(request.OpensAtUtc.ToUniversalTime(), request.ClosesAtUtc.ToUniversalTime(), clock.GetUtcNow().UtcDateTime));
        db.Audit(user, clock, Action, nameof(Survey), survey.Id, newValues: new { survey.OpensAtUtc, survey.ClosesAtUtc });
        await db.SaveChangesAsync(ct);
    }
}

public sealed class OpenSurveyValidator : AbstractValidator<OpenSurvey>
{
    public OpenSurveyValidator()
    {
        RuleFor(s => s.ClosesAtUtc).GreaterThan(s => s.OpensAtUtc).WithMessage(_ => SurveyDesignMessages.ClosesAfterOpens);
    }
}
