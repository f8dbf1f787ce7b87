using System.Text.RegularExpressions;
using FluentValidation;
using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

public sealed partial class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator(IUserAccounts accounts, IParIndexDbFactory dbFactory)
    {
        RuleFor(r => r.UserName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(UserMessages.UserNameRequired)
            .MaximumLength(UserMessages.MaxUserNameLength).WithMessage(UserMessages.UserNameTooLong)
            .Must(n => UserNameFormat.IsMatch(n.Trim())).WithMessage(UserMessages.UserNameFormat)
            .MustAsync(async (n, ct) => !await accounts.IsUserNameTakenAsync(n.Trim(), ct)).WithMessage(UserMessages.UserNameTaken);
        RuleFor(r => r.FullName).NotEmpty().WithMessage(UserMessages.FullNameRequired)
            .MaximumLength(UserMessages.MaxFullNameLength).WithMessage(UserMessages.FullNameTooLong);
        RuleFor(r => r.Password).NotEmpty().WithMessage(UserMessages.PasswordRequired);
        Include(new RoleAndUnitValidator(dbFactory));
    }

    [GeneratedRegex(UserMessages.UserNamePattern)]
    private static partial Regex UserNameFormat { get; }
}
