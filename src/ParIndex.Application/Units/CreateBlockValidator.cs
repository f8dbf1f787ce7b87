using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

public sealed class CreateBlockValidator : AbstractValidator<CreateBlock>
{
    public CreateBlockValidator(IParIndexDbFactory dbFactory)
    {
        RuleFor(r => r.Code).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => UnitMessages.CodeRequired)
            .MaximumLength(Block.MaxCodeLength).WithMessage(_ => UnitMessages.CodeTooLong)
            .Matches(UnitMessages.CodePattern).WithMessage(_ => UnitMessages.CodeFormat)
            .MustAsync(async (code, ct) =>
            {
                await using var db = await dbFactory.CreateAsync(ct);
                var trimmed = code.Trim();
                return !await db.Blocks.AnyAsync(b => b.Code == trimmed, ct);
            }).WithMessage(_ => UnitMessages.BlockCodeTaken);
        RuleFor(r => r.Name).NotEmpty().WithMessage(_ => UnitMessages.NameRequired)
            .MaximumLength(Block.MaxNameLength).WithMessage(_ => UnitMessages.NameTooLong);
        RuleFor(r => r.NameEn).MaximumLength(Block.MaxNameLength).WithMessage(_ => UnitMessages.NameTooLong);
        RuleFor(r => r.Kind).IsInEnum().WithMessage(_ => UnitMessages.KindInvalid);
        RuleFor(r => r.SortOrder).InclusiveBetween(0, 9999).WithMessage(_ => UnitMessages.SortOrderInvalid);
    }
}
