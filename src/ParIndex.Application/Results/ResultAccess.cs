using ParIndex.Application.Common;

namespace ParIndex.Application.Results;

internal static class ResultAccess
{
    /// <summary>Before the province publishes, results are working figures for Home Affairs, the council and leaders.</summary>
    public static readonly string[] BeforePublication = [Roles.Administrator, Roles.Inspector, Roles.CouncilMember, Roles.Leader];

    /// <summary>
    /// Published results are public by law — anyone may read them, signed in or not; before publication only
    /// <see cref="BeforePublication"/> roles, and a refusal is audited under <paramref name="action"/>.
    /// </summary>
    public static Task RequireReadableAsync(ICurrentUser user, IParIndexDb db, TimeProvider clock, bool isPublished, string action, string entityType,
        object? entityId, CancellationToken ct) =>
        isPublished ? Task.CompletedTask : user.RequireAnyRoleAsync(db, clock, action, entityType, entityId, ct, BeforePublication);

    /// <summary>The same rule without a database: whether the caller may read a period's results.</summary>
    public static bool MayRead(ICurrentUser user, bool isPublished) =>
        isPublished || (user.IsAuthenticated && user.UserId is not null && BeforePublication.Any(user.IsInRole));
}
