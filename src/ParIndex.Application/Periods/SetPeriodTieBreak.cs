using FluentValidation.Results;
using ParIndex.Application.Common;
using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Periods;

/// <summary>Chooses the domain whose percentage separates equal indexes in the period's rankings (null: shared ranks).</summary>
public sealed record SetPeriodTieBreak(Guid PeriodId, string? DomainCode, Guid ConcurrencyStamp);

public sealed class SetPeriodTieBreakHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(SetPeriodTieBreak request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "period.tieBreakSet", nameof(EvaluationPeriod), request.PeriodId, ct, PeriodAccess.Editors);

        var period = await PeriodRules.LoadForChangeAsync(db, request.PeriodId, request.ConcurrencyStamp, ct);
        var old = period.TieBreakDomainCode;
        try
        {
            period.SetTieBreak(request.DomainCode);
        }
        catch (DomainException)
        {
            throw new FluentValidation.ValidationException([new ValidationFailure(nameof(request.DomainCode), PeriodMessages.BandsFrozen)]);
        }

        db.Audit(user, clock, "period.tieBreakSet", nameof(EvaluationPeriod), period.Id, new { TieBreakDomainCode = old }, new { period.TieBreakDomainCode });
        await db.SaveChangesAsync(ct);
    }
}
