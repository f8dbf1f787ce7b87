using ParIndex.Application.Common;

namespace ParIndex.Application.Home;

/// <summary>The home page: one section per role the caller holds; agency users only ever see their own unit.</summary>
public sealed record GetHomeSummary;

public sealed class GetHomeSummaryHandler(
    IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, IUserStatistics userStatistics, GetMeHandler getMe)
{
    public async Task<HomeSummary> HandleAsync(GetHomeSummary request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var me = await getMe.HandleAsync(new GetMe(), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await dbFactory.CreateAsync(ct);
        var current = await HomePeriods.CurrentAsync(db, ct);

        var administrator = user.IsInRole(Roles.Administrator) ? await AdministratorHomeQuery.LoadAsync(db, userStatistics, ct) : null;
        var inspector = user.IsInRole(Roles.Inspector) ? await InspectorHomeQuery.LoadAsync(db, current, now, ct) : null;
        var council = user.IsInRole(Roles.CouncilMember) ? await CouncilHomeQuery.LoadAsync(db, ct) : null;
        var leader = user.IsInRole(Roles.Leader) ? await LeaderHomeQuery.LoadAsync(db, ct) : null;

        // The unit comes from the signed-in account, never from the request: no way to ask for another unit's page.
        var agency = (user.IsInRole(Roles.AgencyStaff) || user.IsInRole(Roles.AgencyLeader)) && user.UnitId is { } unitId
            ? await AgencyHomeQuery.LoadAsync(db, unitId, current, now, ct)
            : null;

        return new HomeSummary(me, current?.Line, administrator, inspector, council, agency, leader);
    }
}
