using System.Net.Mime;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Domain.Common;
using ParIndex.Domain.Publications;

namespace ParIndex.Application.Publication;

/// <summary>A signed minutes or decision file, for the internal roles that see the period's workflow.</summary>
public sealed record DownloadSignedDocument(Guid DocumentId);

public sealed class DownloadSignedDocumentHandler(IParIndexDbFactory dbFactory, IEvidenceStore store, ICurrentUser user, TimeProvider clock)
{
    public async Task<EvidenceFile> HandleAsync(DownloadSignedDocument request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "signedDocument.downloaded", nameof(SignedDocument), request.DocumentId, ct, SignedDocumentAccess.Readers);
        var document = await db.SignedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == request.DocumentId, ct)
            ?? throw new NotFoundException(nameof(SignedDocument), request.DocumentId);
        return await SignedDocumentFiles.ReadVerifiedAsync(db, store, user, clock, document, ct);
    }
}

/// <summary>Reads a signed document's bytes and serves them only when their SHA-256 is still the one recorded.</summary>
internal static class SignedDocumentFiles
{
    public static async Task<EvidenceFile> ReadVerifiedAsync(IParIndexDb db, IEvidenceStore store, ICurrentUser user, TimeProvider clock,
        SignedDocument document, CancellationToken ct)
    {
        byte[]? content = null;
        await using (var stream = store.Open(document.StorageKey))
        {
            if (stream is not null)
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                content = buffer.ToArray();
            }
        }

        var found = content is null ? "missing" : Convert.ToHexStringLower(SHA256.HashData(content));
        if (!string.Equals(found, document.Sha256, StringComparison.Ordinal))
        {
            db.Audit(user, clock, "signedDocument.integrityFailed", nameof(SignedDocument), document.Id, new { document.Sha256 }, new { Found = found },
                succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new DomainException("signedDocument.integrity", "The signed document no longer matches its SHA-256 or is missing.");
        }

        return new EvidenceFile(content!, MediaTypeNames.Application.Pdf, document.FileName);
    }
}
