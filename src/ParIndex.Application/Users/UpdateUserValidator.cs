using FluentValidation;
using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

public sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator(IParIndexDbFactory dbFactory)
    {
        RuleFor(r => r.FullName).NotEmpty().WithMessage(_ => UserMessages.FullNameRequired)
            .MaximumLength(UserMessages.MaxFullNameLength).WithMessage(_ => UserMessages.FullNameTooLong);
        Include(new RoleAndUnitValidator(dbFactory));
    }
}
