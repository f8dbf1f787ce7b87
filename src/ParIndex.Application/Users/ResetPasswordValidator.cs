using FluentValidation;

namespace ParIndex.Application.Users;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator()
    {
        RuleFor(r => r.NewPassword).NotEmpty().WithMessage(_ => UserMessages.PasswordRequired);
    }
}
