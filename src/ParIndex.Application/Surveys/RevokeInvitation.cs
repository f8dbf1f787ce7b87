using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>Withdraws an unused code (lost, given to the wrong person); a submitted one cannot be, its ballot being anonymous.</summary>
public sealed record RevokeInvitation(Guid SurveyId, Guid InvitationId);

public sealed class RevokeInvitationHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "survey.invitationRevoked";

    public async Task HandleAsync(RevokeInvitation request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireManagerAsync(db, user, clock, Action, request.SurveyId, ct);
        var invitation = await db.SurveyInvitations.SingleOrDefaultAsync(i => i.Id == request.InvitationId && i.SurveyId == request.SurveyId, ct)
            ?? throw new NotFoundException(nameof(SurveyInvitation), request.InvitationId);
        SurveyLoading.Domain(invitation.Revoke);
        db.Audit(user, clock, Action, nameof(SurveyInvitation), invitation.Id);
        await db.SaveChangesAsync(ct);
    }
}
