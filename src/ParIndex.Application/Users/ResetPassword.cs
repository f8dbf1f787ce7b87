using FluentValidation;
using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

/// <summary>Sets a new password chosen by an administrator; the person's open sessions end.</summary>
public sealed record ResetPassword(Guid Id, string NewPassword);

public sealed class ResetPasswordHandler(
    IUserAccounts accounts, IParIndexDbFactory dbFactory, IValidator<ResetPassword> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(ResetPassword request, CancellationToken ct)
    {
        await user.RequireAdministratorAsync(dbFactory, clock, "user.passwordReset", request.Id, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        await accounts.ResetPasswordAsync(request.Id, request.NewPassword, ct);
    }
}
