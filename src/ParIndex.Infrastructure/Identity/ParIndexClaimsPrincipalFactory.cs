using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Infrastructure.Identity;

/// <summary>
/// Adds the person's unit and full name to the cookie, so each request knows the tenant without a query.
/// Identity rebuilds the principal at every security-stamp check, so a moved user gets the new unit within minutes.
/// </summary>
public sealed class ParIndexClaimsPrincipalFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<ApplicationRole> roleManager,
    IOptions<IdentityOptions> options,
    IDbContextFactory<ParIndexDbContext> dbFactory)
    : UserClaimsPrincipalFactory<ApplicationUser, ApplicationRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.FullName))
        {
            identity.AddClaim(new Claim(ParIndexClaimTypes.FullName, user.FullName));
        }

        if (user.UnitId is { } unitId)
        {
            identity.AddClaim(new Claim(ParIndexClaimTypes.UnitId, unitId.ToString()));
            await using var db = await dbFactory.CreateDbContextAsync();
            var unitName = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleOrDefaultAsync();
            if (unitName is not null)
            {
                identity.AddClaim(new Claim(ParIndexClaimTypes.UnitName, unitName));
            }
        }

        return identity;
    }
}
