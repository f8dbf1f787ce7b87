using FluentValidation;
using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

public sealed record CreateUser(string UserName, string FullName, string Role, Guid? UnitId, string Password) : IRoleAndUnit;

public sealed class CreateUserHandler(
    IUserAccounts accounts, IParIndexDbFactory dbFactory, IValidator<CreateUser> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreateUser request, CancellationToken ct)
    {
        await user.RequireAdministratorAsync(dbFactory, clock, "user.created", null, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        return await accounts.CreateAsync(
            new NewUserAccount(request.UserName.Trim(), request.FullName.Trim(), request.Role, request.UnitId, request.Password), ct);
    }
}
