using FluentValidation;
using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

/// <summary>
/// A signed-in person changes their own password; an imported account must do so at its first sign-in, since its
/// one-time password was on a list handed out by Home Affairs. The one-time password stops working at once.
/// </summary>
public sealed record ChangeOwnPassword(string CurrentPassword, string NewPassword);

public sealed class ChangeOwnPasswordHandler(IUserAccounts accounts, IValidator<ChangeOwnPassword> validator, ICurrentUser user)
{
    public async Task HandleAsync(ChangeOwnPassword request, CancellationToken ct)
    {
        var userId = user.IsAuthenticated && user.UserId is { } id ? id : throw new AccessDeniedException();
        await validator.ValidateAndThrowAsync(request, ct);
        await accounts.ChangeOwnPasswordAsync(userId, request.CurrentPassword, request.NewPassword, ct);
    }
}

public sealed class ChangeOwnPasswordValidator : AbstractValidator<ChangeOwnPassword>
{
    public ChangeOwnPasswordValidator()
    {
        RuleFor(r => r.CurrentPassword).NotEmpty().WithMessage(_ => UserMessages.CurrentPasswordRequired);
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage(_ => UserMessages.NewPasswordRequired);
    }
}
