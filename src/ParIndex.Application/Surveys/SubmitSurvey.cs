using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>
/// Submits the answers saved behind a code, once. In one save: the anonymous ballot is stored, the invitation becomes
/// "submitted" with its draft cleared, and the audit trail records that a ballot of the survey came in — naming neither
/// the invitation nor the ballot. A replay, a second device or a double click finds the invitation used (or loses the
/// concurrency race) and nothing is counted twice.
/// </summary>
public sealed record SubmitSurvey(string Code);

public sealed class SubmitSurveyHandler(IParIndexDbFactory dbFactory, TimeProvider clock)
{
    private const string Action = "survey.ballotCast";

    public async Task HandleAsync(SubmitSurvey request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var (invitation, survey) = await SurveyLoading.InvitationAsync(db, request.Code, tracked: true, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (invitation.RefusalAt(survey, now) is { } refusal)
        {
            db.Audit(Respondent.Instance, clock, Action, nameof(Survey), survey.Id, newValues: new { refused = refusal }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw SurveyMessages.Refusal(refusal);
        }

        var cells = await SaveSurveyAnswersHandler.CellsAsync(db, survey, invitation, ct);
        var answered = invitation.Draft.Select(a => new SurveyCell(a.UnitId, a.QuestionId)).ToHashSet();
        var missing = cells.Count(c => !answered.Contains(c));
        if (missing > 0)
        {
            throw SurveyMessages.Refusal("invitation.incomplete", missing);
        }

        var ballot = SurveyLoading.Domain(() => invitation.Submit(survey, cells, now));
        db.SurveyBallots.Add(ballot);
        db.Audit(Respondent.Instance, clock, Action, nameof(Survey), survey.Id);
        await db.SaveChangesAsync(ct);
    }
}
