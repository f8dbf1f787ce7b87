using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

internal static class SurveyLoading
{
    public static async Task<Survey> SurveyAsync(IParIndexDb db, Guid surveyId, bool tracked, CancellationToken ct)
    {
        var query = tracked ? db.Surveys : db.Surveys.AsNoTracking();
        return await query.SingleOrDefaultAsync(s => s.Id == surveyId, ct) ?? throw new NotFoundException(nameof(Survey), surveyId);
    }

    /// <summary>The invitation a typed code names, and its survey; an unknown code is refused in Vietnamese.</summary>
    public static async Task<(SurveyInvitation Invitation, Survey Survey)> InvitationAsync(IParIndexDb db, string? typedCode, bool tracked, CancellationToken ct)
    {
        var code = SurveyInvitation.Normalize(typedCode) ?? throw SurveyMessages.Refusal("invitation.unknown");
        var invitations = tracked ? db.SurveyInvitations : db.SurveyInvitations.AsNoTracking();
        var invitation = await invitations.SingleOrDefaultAsync(i => i.Code == code, ct) ?? throw SurveyMessages.Refusal("invitation.unknown");
        var survey = await SurveyAsync(db, invitation.SurveyId, tracked: false, ct);
        return (invitation, survey);
    }

    /// <summary>Runs a domain step, turning its refusal into the Vietnamese one.</summary>
    public static T Domain<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (DomainException refusal)
        {
            throw SurveyMessages.Translated(refusal);
        }
    }

    public static void Domain(Action step) => Domain(() =>
    {
        step();
        return true;
    });
}
