using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;

namespace ParIndex.Application.EvidenceFiles;

public sealed record DownloadEvidence(Guid EvidenceId);

/// <summary>The file's bytes, served only after their SHA-256 matches the one recorded at upload.</summary>
public sealed record EvidenceFile(byte[] Content, string ContentType, string FileName);

public sealed class DownloadEvidenceHandler(IParIndexDbFactory dbFactory, IEvidenceStore store, ICurrentUser user, TimeProvider clock)
{
    public async Task<EvidenceFile> HandleAsync(DownloadEvidence request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        user.RequireAuthenticated();
        var evidence = await db.Evidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == request.EvidenceId, ct);
        if (evidence is null || !(user.CanSeeUnit(evidence.UnitId) || await MergedEvidence.IsSuccessorOfAsync(db, user, evidence.UnitId, ct)
                || (AppraisalAccess.DomainScoped(user) && await AppraisalAccess.CoversEvidenceAsync(db, user, evidence.Id, evidence.PeriodId, evidence.UnitId, ct))))
        {
            db.Audit(user, clock, "evidence.downloaded", nameof(Evidence), request.EvidenceId, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw evidence is null ? new NotFoundException(nameof(Evidence), request.EvidenceId) : new AccessDeniedException();
        }

        if (evidence.Kind != EvidenceKind.File || evidence.StorageKey is null)
        {
            throw new NotFoundException(nameof(Evidence), request.EvidenceId);
        }

        await using var stream = store.Open(evidence.StorageKey);
        var content = stream is null ? null : await ReadAsync(stream, ct);
        if (content is null || !string.Equals(Convert.ToHexStringLower(SHA256.HashData(content)), evidence.Sha256, StringComparison.Ordinal))
        {
            db.Audit(user, clock, "evidence.integrityFailed", nameof(Evidence), evidence.Id, new { evidence.Sha256 },
                new { Found = content is null ? "missing" : Convert.ToHexStringLower(SHA256.HashData(content)) }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new DomainException("evidence.integrity", "The evidence file no longer matches its SHA-256 or is missing.");
        }

        return new EvidenceFile(content, evidence.ContentType ?? "application/octet-stream", evidence.OriginalFileName ?? evidence.Title);
    }

    private static async Task<byte[]> ReadAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
