using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.EvidenceFiles;

/// <summary>A document cited as evidence instead of a file: its number, date, issuer and, if published, a link.</summary>
public sealed record AddDocumentReference(Guid AssessmentId, IReadOnlyList<Guid> NodeIds, string Title, string DocumentNumber, DateOnly? IssuedOn,
    string Issuer, string? Url);

public sealed class AddDocumentReferenceHandler(
    IParIndexDbFactory dbFactory, IValidator<AddDocumentReference> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<EvidenceItem> HandleAsync(AddDocumentReference request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateAsync(ct);
        var (assessment, period, leaves) = await EvidenceAccess.LoadForChangeAsync(db, user, clock, request.AssessmentId, request.NodeIds,
            "evidence.referenced", ct, addingDuringExplanation: true);
        var now = clock.GetUtcNow().UtcDateTime;
        var evidence = Evidence.ForDocument(assessment.UnitId, assessment.PeriodId, request.Title, request.DocumentNumber, request.IssuedOn!.Value,
            request.Issuer, string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim(), user.UserId!.Value, now);
        db.Evidence.Add(evidence);
        EvidenceAccess.Link(db, assessment, period, leaves, evidence.Id, now);
        db.Audit(user, clock, "evidence.referenced", nameof(Evidence), evidence.Id, null,
            new { evidence.Title, evidence.DocumentNumber, evidence.IssuedOn, evidence.Issuer, evidence.Url, Criteria = leaves.Select(l => l.Code) });
        await db.SaveChangesAsync(ct);
        return new EvidenceItem(evidence.Id, evidence.Kind, evidence.Title, null, null, evidence.DocumentNumber, evidence.IssuedOn, evidence.Issuer,
            evidence.Url);
    }
}
