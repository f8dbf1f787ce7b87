using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>Closes an open survey for good: no invitation is accepted after this, and its results can be applied.</summary>
public sealed record CloseSurvey(Guid SurveyId);

public sealed class CloseSurveyHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "survey.closed";

    public async Task HandleAsync(CloseSurvey request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireManagerAsync(db, user, clock, Action, request.SurveyId, ct);
        var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: true, ct);
        SurveyLoading.Domain(() => survey.Close(clock.GetUtcNow().UtcDateTime));
        db.Audit(user, clock, Action, nameof(Survey), survey.Id, newValues: new { survey.ClosedAtUtc });
        await db.SaveChangesAsync(ct);
    }
}
