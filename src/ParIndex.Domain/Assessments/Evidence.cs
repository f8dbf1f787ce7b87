using ParIndex.Domain.Common;

namespace ParIndex.Domain.Assessments;

/// <summary>
/// A piece of evidence (tài liệu kiểm chứng) owned by one unit in one period. One piece may back several criteria.
/// Files live outside the web root under <see cref="StorageKey"/>; this row holds their metadata and hash.
/// </summary>
public sealed class Evidence : VersionedEntity
{
    public const int MaxTitleLength = 300;
    public const int MaxFileNameLength = 255;

    private Evidence()
    {
        Title = string.Empty;
    }

    private Evidence(Guid unitId, Guid periodId, EvidenceKind kind, string title, Guid uploadedByUserId, DateTime nowUtc)
    {
        UnitId = unitId;
        PeriodId = periodId;
        Kind = kind;
        Title = Guard.Text(title, MaxTitleLength, "evidence.title");
        CreatedByUserId = uploadedByUserId;
        CreatedAtUtc = nowUtc;
    }

    public Guid UnitId { get; private set; }

    public Guid PeriodId { get; private set; }

    public EvidenceKind Kind { get; private set; }

    public string Title { get; private set; }

    public string? OriginalFileName { get; private set; }

    public string? ContentType { get; private set; }

    public long? SizeBytes { get; private set; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes, checked again when the file is read.</summary>
    public string? Sha256 { get; private set; }

    /// <summary>Generated storage name; never derived from the user's file name.</summary>
    public string? StorageKey { get; private set; }

    public string? DocumentNumber { get; private set; }

    public DateOnly? IssuedOn { get; private set; }

    public string? Issuer { get; private set; }

    public string? Url { get; private set; }

    public Guid CreatedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public static Evidence ForFile(Guid unitId, Guid periodId, string originalFileName, string contentType, long sizeBytes,
        string sha256, string storageKey, Guid userId, DateTime nowUtc)
    {
        var name = Guard.Text(originalFileName, MaxFileNameLength, "evidence.fileName");
        return new Evidence(unitId, periodId, EvidenceKind.File, name, userId, nowUtc)
        {
            OriginalFileName = name,
            ContentType = Guard.Text(contentType, 100, "evidence.contentType"),
            SizeBytes = sizeBytes > 0 ? sizeBytes : throw new DomainException("evidence.empty", "The file is empty."),
            Sha256 = Guard.Text(sha256, 64, "evidence.sha256"),
            StorageKey = Guard.Text(storageKey, 200, "evidence.storageKey"),
        };
    }

    public static Evidence ForDocument(Guid unitId, Guid periodId, string title, string documentNumber, DateOnly issuedOn,
        string issuer, string? url, Guid userId, DateTime nowUtc) =>
        new(unitId, periodId, EvidenceKind.DocumentReference, title, userId, nowUtc)
        {
            DocumentNumber = Guard.Text(documentNumber, TextLimits.DocumentNumber, "evidence.documentNumber"),
            IssuedOn = issuedOn,
            Issuer = Guard.Text(issuer, TextLimits.PersonOrBody, "evidence.issuer"),
            Url = Guard.OptionalText(url, 1000, "evidence.url"),
        };

    /// <summary>The same evidence carried into another period (same stored file and hash): each period keeps its own record.</summary>
    public Evidence ReuseIn(Guid periodId, Guid userId, DateTime nowUtc) => ReuseFor(UnitId, periodId, userId, nowUtc);

    /// <summary>A copy for another unit pointing at the same stored file: the successor of a merge using its predecessor's evidence.</summary>
    public Evidence ReuseFor(Guid unitId, Guid periodId, Guid userId, DateTime nowUtc) =>
        new(unitId, periodId, Kind, Title, userId, nowUtc)
        {
            OriginalFileName = OriginalFileName,
            ContentType = ContentType,
            SizeBytes = SizeBytes,
            Sha256 = Sha256,
            StorageKey = StorageKey,
            DocumentNumber = DocumentNumber,
            IssuedOn = IssuedOn,
            Issuer = Issuer,
            Url = Url,
        };
}
