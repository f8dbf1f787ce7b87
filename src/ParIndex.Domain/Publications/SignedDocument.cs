using ParIndex.Domain.Common;

namespace ParIndex.Domain.Publications;

/// <summary>Which signed paper a scanned PDF stands for.</summary>
public enum SignedDocumentKind
{
    /// <summary>Biên bản họp Hội đồng thẩm định: attached to the council's approval of a period.</summary>
    CouncilMinutes = 1,

    /// <summary>Quyết định công bố (bản ký): attached to one publication version; public like the results it publishes.</summary>
    PublicationDecision = 2,
}

/// <summary>
/// The signed PDF of the council's minutes or of the publishing decision, kept in the evidence store under a generated
/// name with its SHA-256. One per owner and kind: the owner is the period for the minutes (its approval) and the
/// publication version for the decision, so a correction gets its own signed decision. Replacing the file keeps the row;
/// the old file's hash stays in the audit trail.
/// </summary>
public sealed class SignedDocument : VersionedEntity
{
    public const int MaxFileNameLength = 255;

    private SignedDocument()
    {
        FileName = string.Empty;
        Sha256 = string.Empty;
        StorageKey = string.Empty;
    }

    public SignedDocument(Guid periodId, SignedDocumentKind kind, Guid ownerId, string fileName, long sizeBytes, string sha256, string storageKey,
        Guid attachedByUserId, DateTime attachedAtUtc)
    {
        PeriodId = periodId;
        Kind = kind;
        OwnerId = ownerId;
        FileName = string.Empty;
        Sha256 = string.Empty;
        StorageKey = string.Empty;
        Replace(fileName, sizeBytes, sha256, storageKey, attachedByUserId, attachedAtUtc);
    }

    public Guid PeriodId { get; private set; }

    public SignedDocumentKind Kind { get; private set; }

    /// <summary>The period (minutes) or the publication version (decision) the file is attached to.</summary>
    public Guid OwnerId { get; private set; }

    public string FileName { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex; checked again on every download.</summary>
    public string Sha256 { get; private set; }

    public string StorageKey { get; private set; }

    public Guid AttachedByUserId { get; private set; }

    public DateTime AttachedAtUtc { get; private set; }

    public void Replace(string fileName, long sizeBytes, string sha256, string storageKey, Guid attachedByUserId, DateTime attachedAtUtc)
    {
        if (sizeBytes <= 0)
        {
            throw new DomainException("signedDocument.empty", "The signed document has no content.");
        }

        FileName = Guard.Text(fileName, MaxFileNameLength, "signedDocument.fileName");
        SizeBytes = sizeBytes;
        Sha256 = Guard.Text(sha256, 64, "signedDocument.sha256");
        StorageKey = Guard.Text(storageKey, 200, "signedDocument.storageKey");
        AttachedByUserId = attachedByUserId;
        AttachedAtUtc = DateTime.SpecifyKind(attachedAtUtc, DateTimeKind.Utc);
    }
}
