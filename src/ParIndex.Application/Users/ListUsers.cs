using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

public sealed record ListUsers;

public sealed class ListUsersHandler(IUserAccounts accounts, IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserAccount>> HandleAsync(ListUsers request, CancellationToken ct)
    {
        await user.RequireAdministratorAsync(dbFactory, clock, "users.list", null, ct);

        return await accounts.ListAsync(ct);
    }
}
