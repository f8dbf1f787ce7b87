using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys.Sipas;

/// <summary>A survey's SIPAS links: each service point's quota and answers so far (counts only, never an answer).</summary>
public sealed record ListSipasLinks(Guid SurveyId);

public sealed record SipasLinkRow(Guid Id, string Code, Guid UnitId, string UnitCode, string UnitName, Guid GroupId, string GroupName, int Population,
    decimal Margin, int Quota, int Received)
{
    public bool IsFull => Received >= Quota;
}

public sealed class ListSipasLinksHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<SipasLinkRow>> HandleAsync(ListSipasLinks request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireReaderAsync(db, user, clock, "survey.sipasLinksListed", request.SurveyId, ct);
        var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: false, ct);
        var groups = survey.Groups.ToDictionary(g => g.Id, g => g.Name);
        var links = await db.SipasLinks.AsNoTracking().Where(l => l.SurveyId == survey.Id).ToListAsync(ct);
        var unitIds = links.Select(l => l.UnitId).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => new { u.Code, u.Name }, ct);
        return
        [
            .. links.Select(l => new SipasLinkRow(l.Id, SurveyInvitation.Printed(l.Code), l.UnitId, units[l.UnitId].Code, units[l.UnitId].Name, l.GroupId,
                    groups.GetValueOrDefault(l.GroupId) ?? "?", l.Population, l.Margin, l.Quota, l.Received))
                .OrderBy(r => r.UnitCode, StringComparer.OrdinalIgnoreCase),
        ];
    }
}
