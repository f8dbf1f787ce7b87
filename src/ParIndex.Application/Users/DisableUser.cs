using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

public sealed record DisableUser(Guid Id, string ConcurrencyStamp);

public sealed class DisableUserHandler(IUserAccounts accounts, IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(DisableUser request, CancellationToken ct)
    {
        await user.RequireAdministratorAsync(dbFactory, clock, "user.disabled", request.Id, ct);
        if (request.Id == user.UserId)
        {
            throw UserMessages.Invalid(nameof(request.Id), UserMessages.CannotDisableSelf);
        }

        await accounts.DisableAsync(request.Id, request.ConcurrencyStamp, ct);
    }
}
