using System.Text.RegularExpressions;
using FluentValidation;
using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

public sealed partial class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator(IUserAccounts accounts, IParIndexDbFactory dbFactory)
    {
        RuleFor(r => r.UserName).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => UserMessages.UserNameRequired)
            .MaximumLength(UserMessages.MaxUserNameLength).WithMessage(_ => UserMessages.UserNameTooLong)
            .Must(n => UserNameFormat.IsMatch(n.Trim())).WithMessage(_ => UserMessages.UserNameFormat)
            .MustAsync(async (n, ct) => !await accounts.IsUserNameTakenAsync(n.Trim(), ct)).WithMessage(_ => UserMessages.UserNameTaken);
        RuleFor(r => r.FullName).NotEmpty().WithMessage(_ => UserMessages.FullNameRequired)
            .MaximumLength(UserMessages.MaxFullNameLength).WithMessage(_ => UserMessages.FullNameTooLong);
        RuleFor(r => r.Password).NotEmpty().WithMessage(_ => UserMessages.PasswordRequired);
        Include(new RoleAndUnitValidator(dbFactory));
    }

    [GeneratedRegex(UserMessages.UserNamePattern)]
    private static partial Regex UserNameFormat { get; }
}
