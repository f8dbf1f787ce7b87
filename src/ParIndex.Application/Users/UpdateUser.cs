using FluentValidation;
using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

public sealed record UpdateUser(Guid Id, string FullName, string Role, Guid? UnitId, bool IsActive, string ConcurrencyStamp)
    : IRoleAndUnit;

public sealed class UpdateUserHandler(
    IUserAccounts accounts, IParIndexDbFactory dbFactory, IValidator<UpdateUser> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(UpdateUser request, CancellationToken ct)
    {
        await user.RequireAdministratorAsync(dbFactory, clock, "user.updated", request.Id, ct);
        await validator.ValidateAndThrowAsync(request, ct);

        // Administrators cannot lock themselves out, so at least one active administrator always remains.
        if (request.Id == user.UserId)
        {
            if (!request.IsActive)
            {
                throw UserMessages.Invalid(nameof(request.IsActive), UserMessages.CannotDisableSelf);
            }

            if (request.Role != Roles.Administrator)
            {
                throw UserMessages.Invalid(nameof(request.Role), UserMessages.CannotDemoteSelf);
            }
        }

        await accounts.UpdateAsync(new UserAccountChange(
            request.Id, request.FullName.Trim(), request.Role, request.UnitId, request.IsActive, request.ConcurrencyStamp), ct);
    }
}
