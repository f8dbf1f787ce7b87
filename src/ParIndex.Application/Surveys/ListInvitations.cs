using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>
/// The printable list of a survey's codes: who each slip went to and whether it was used. It never shows answers:
/// a submitted invitation keeps nothing of them.
/// </summary>
public sealed record ListInvitations(Guid SurveyId, Guid? GroupId = null);

public sealed record InvitationRow(Guid Id, string Code, Guid GroupId, string GroupName, string? Label, InvitationState State, bool Started);

public sealed class ListInvitationsHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<InvitationRow>> HandleAsync(ListInvitations request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        // Codes are keys to answer: only Home Affairs sees them.
        await SurveyAccess.RequireManagerAsync(db, user, clock, "survey.invitationsListed", request.SurveyId, ct);
        var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: false, ct);
        var names = survey.Groups.ToDictionary(g => g.Id, g => g.Name);
        var query = db.SurveyInvitations.AsNoTracking().Where(i => i.SurveyId == survey.Id);
        if (request.GroupId is { } groupId)
        {
            query = query.Where(i => i.GroupId == groupId);
        }

        var invitations = await query.ToListAsync(ct);
        return [.. invitations.OrderBy(i => names.GetValueOrDefault(i.GroupId), StringComparer.Ordinal).ThenBy(i => i.IssuedAtUtc).ThenBy(i => i.Label, StringComparer.Ordinal)
            .Select(i => new InvitationRow(i.Id, SurveyInvitation.Printed(i.Code), i.GroupId, names.GetValueOrDefault(i.GroupId) ?? "?", i.Label, i.State,
                i.Draft.Count > 0))];
    }
}
