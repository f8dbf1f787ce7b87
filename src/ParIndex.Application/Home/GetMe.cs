using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Home;

/// <summary>Who is signed in: the header of every page and <c>GET /api/me</c>.</summary>
public sealed record GetMe;

public sealed record Me(Guid UserId, string UserName, string FullName, IReadOnlyList<string> Roles, Guid? UnitId, string? UnitName);

public sealed class GetMeHandler(IParIndexDbFactory dbFactory, ICurrentUser user)
{
    public async Task<Me> HandleAsync(GetMe request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        user.RequireAuthenticated();
        string? unitName = null;
        if (user.UnitId is { } unitId)
        {
            await using var db = await dbFactory.CreateAsync(ct);
            unitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync(ct);
        }

        var roles = Roles.All.Where(user.IsInRole).ToList();
        return new Me(user.UserId!.Value, user.UserName ?? string.Empty, user.FullName ?? user.UserName ?? string.Empty,
            roles, user.UnitId, unitName);
    }
}
