using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Periods;

/// <summary>Sets one block's classification bands for a period (BlockId null: the period's default for every block).</summary>
public sealed record SetPeriodBands(Guid PeriodId, Guid? BlockId, IReadOnlyList<BandItem> Bands, Guid ConcurrencyStamp);

public sealed class SetPeriodBandsHandler(
    IParIndexDbFactory dbFactory, IValidator<SetPeriodBands> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(SetPeriodBands request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "period.bandsSet", nameof(EvaluationPeriod), request.PeriodId, ct, PeriodAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var period = await PeriodRules.LoadForChangeAsync(db, request.PeriodId, request.ConcurrencyStamp, ct);
        if (!PeriodRules.BandsEditable(period.State))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(request.Bands), PeriodMessages.BandsFrozen)]);
        }

        var old = period.Bands.Where(b => b.BlockId == request.BlockId).Select(b => new { b.Classification, b.LowerBound, b.MinDomainPercent }).ToList();
        period.SetBands(request.BlockId, request.Bands.Select(b => (b.Classification, b.LowerBound, b.MinDomainPercent)));
        db.Audit(user, clock, "period.bandsSet", nameof(EvaluationPeriod), period.Id, new { request.BlockId, Bands = old },
            new { request.BlockId, Bands = request.Bands });
        await db.SaveChangesAsync(ct);
    }
}
