using FluentValidation;
using ParIndex.Application.Common;

namespace ParIndex.Application.Users;

public sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator(IParIndexDbFactory dbFactory)
    {
        RuleFor(r => r.FullName).NotEmpty().WithMessage(UserMessages.FullNameRequired)
            .MaximumLength(UserMessages.MaxFullNameLength).WithMessage(UserMessages.FullNameTooLong);
        Include(new RoleAndUnitValidator(dbFactory));
    }
}
