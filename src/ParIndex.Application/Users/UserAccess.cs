using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

/// <summary>Only administrators manage accounts; refusals are audited like any other.</summary>
internal static class UserAccess
{
    public const string EntityType = "User";

    public static readonly string[] Managers = [Roles.Administrator];

    public static async Task RequireAdministratorAsync(this ICurrentUser user, IParIndexDbFactory dbFactory,
        TimeProvider clock, string action, Guid? userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, action, EntityType, userId, ct, Managers);
    }
}
