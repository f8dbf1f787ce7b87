using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Periods;

/// <summary>
/// Opens next year's period as a draft. With <see cref="CopyFromPeriodId"/> it starts from that period's frameworks
/// and bands, which is how a province usually begins a year.
/// </summary>
public sealed record CreatePeriod(int Year, string Name, DateTime SelfAssessmentOpensAtUtc, DateTime SelfAssessmentDeadlineUtc, Guid? CopyFromPeriodId);

public sealed class CreatePeriodHandler(
    IParIndexDbFactory dbFactory, IValidator<CreatePeriod> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(CreatePeriod request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "period.created", nameof(EvaluationPeriod), null, ct, PeriodAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);
        if (await db.Periods.AnyAsync(p => p.Year == request.Year, ct))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Year), PeriodMessages.YearTaken)]);
        }

        var period = new EvaluationPeriod(request.Year, request.Name.Trim(),
            DateTime.SpecifyKind(request.SelfAssessmentOpensAtUtc, DateTimeKind.Utc), DateTime.SpecifyKind(request.SelfAssessmentDeadlineUtc, DateTimeKind.Utc));
        if (request.CopyFromPeriodId is { } sourceId)
        {
            var source = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == sourceId, ct)
                ?? throw new NotFoundException(nameof(EvaluationPeriod), sourceId);
            foreach (var framework in source.Frameworks)
            {
                period.UseFramework(framework.BlockId, framework.FrameworkId);
            }

            foreach (var bands in source.Bands.GroupBy(b => b.BlockId))
            {
                period.SetBands(bands.Key, bands.Select(b => (b.Classification, b.LowerBound, b.MinDomainPercent)));
            }
        }

        // Without bands the council's approval could classify no one; a new period starts from the methodology's
        // default bands (docs/methodology.md), which the administrator may change until the council approves.
        if (!period.Bands.Any(b => b.BlockId is null))
        {
            period.SetBands(null, ClassificationBands.Default);
        }

        db.Periods.Add(period);
        db.Audit(user, clock, "period.created", nameof(EvaluationPeriod), period.Id, newValues: new
        {
            period.Year,
            period.Name,
            period.SelfAssessmentOpensAtUtc,
            period.SelfAssessmentDeadlineUtc,
            request.CopyFromPeriodId,
        });
        await db.SaveChangesAsync(ct);
        return period.Id;
    }
}
