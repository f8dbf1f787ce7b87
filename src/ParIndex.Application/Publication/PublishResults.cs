using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;

namespace ParIndex.Application.Publication;

/// <summary>
/// The administrator publishes an approved period with the decision's number, date and signer. The snapshot of every
/// unit's results is hashed and chained to the portal's previous publication. Publishing a period that was already
/// published (after the council approved again) is a correction: it needs a reason and becomes the next version,
/// while the earlier one stays readable.
/// </summary>
public sealed record PublishResults(Guid PeriodId, string DecisionNumber, DateOnly DecisionDate, string Signer, string? Reason, Guid ConcurrencyStamp);

public sealed record PublishedVersion(Guid PublicationId, int Version, string Sha256);

public sealed class PublishResultsHandler(IParIndexDbFactory dbFactory, IValidator<PublishResults> validator, ICurrentUser user, TimeProvider clock,
    IPublicationSigner signer, Notifications.Notifier notifier)
{
    private const string Action = "period.published";

    public async Task<PublishedVersion> HandleAsync(PublishResults request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(EvaluationPeriod), request.PeriodId, ct, PublicationAccess.Publishers);
        await validator.ValidateAndThrowAsync(request, ct);
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, period.ConcurrencyStamp);
        if (period.State != PeriodState.Approved)
        {
            db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, new { period.State }, new { refused = PublicationMessages.NotApproved }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new WorkflowRefusedException(PublicationMessages.NotApproved);
        }

        var current = await db.Publications.SingleOrDefaultAsync(p => p.PeriodId == period.Id && p.SupersededById == null, ct);
        if (current is not null && string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.Reason), PublicationMessages.CorrectionNeedsReason)]);
        }

        var decision = new PublicationDecision(request.DecisionNumber, request.DecisionDate, request.Signer);
        var now = clock.GetUtcNow().UtcDateTime;
        var publication = await PublicationChain.AppendAsync(db, signer, period, decision, current, request.Reason, user.UserId!.Value, now, ct);
        period.MoveTo(PeriodState.Published, now);
        db.Audit(user, clock, current is null ? Action : "period.publishedCorrection", nameof(EvaluationPeriod), period.Id,
            current is null ? null : new { current.Version, current.Sha256 },
            new { publication.Version, publication.DecisionNumber, publication.DecisionDate, publication.Signer, publication.Reason, publication.Sha256 });
        await Notifications.CycleNotices.PublishedAsync(db, notifier, period, now, ct);
        await db.SaveChangesAsync(ct);
        return new PublishedVersion(publication.Id, publication.Version, publication.Sha256);
    }
}

public sealed class PublishResultsValidator : AbstractValidator<PublishResults>
{
    public PublishResultsValidator(TimeProvider clock)
    {
        RuleFor(p => p.DecisionNumber).NotEmpty().WithMessage(_ => FieldMessages.PublishNumberRequired)
            .MaximumLength(Domain.Common.TextLimits.DocumentNumber).WithMessage(_ => FieldMessages.DocumentNumberTooLong);
        RuleFor(p => p.Signer).NotEmpty().WithMessage(_ => FieldMessages.SignerRequired)
            .MaximumLength(Domain.Common.TextLimits.PersonOrBody).WithMessage(_ => FieldMessages.SignerTooLong);
        RuleFor(p => p.DecisionDate).Must(d => d <= VietnamTime.DateOf(clock.GetUtcNow().UtcDateTime))
            .WithMessage(_ => FieldMessages.DecisionInFuture);
        RuleFor(p => p.Reason).MaximumLength(Domain.Publications.Publication.MaxReasonLength).WithMessage(_ => FieldMessages.ReasonTooLong);
    }
}
