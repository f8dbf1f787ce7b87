using System.Security.Cryptography;
using System.Text;
using ParIndex.Domain.Common;

namespace ParIndex.Domain.Publications;

/// <summary>
/// One published version of a period's results: an immutable snapshot in canonical form, its SHA-256 and the hash of
/// the publication before it, so any later edit of the snapshot, or of a link in the chain, is detected. A correction
/// is a new version with a reason; earlier versions stay.
/// </summary>
public sealed class Publication : Entity
{
    public const int MaxReasonLength = 2000;

    private Publication()
    {
        DecisionNumber = string.Empty;
        Signer = string.Empty;
        Snapshot = string.Empty;
        Sha256 = string.Empty;
    }

    private Publication(Guid periodId, int version, long sequence, PublicationDecision decision, string? reason, Guid publishedByUserId,
        DateTime publishedAtUtc, string snapshot, string? previousSha256)
    {
        PeriodId = periodId;
        Version = version;
        Sequence = sequence;
        DecisionNumber = decision.Number;
        DecisionDate = decision.Date;
        Signer = decision.Signer;
        Reason = reason;
        PublishedByUserId = publishedByUserId;
        PublishedAtUtc = publishedAtUtc;
        Snapshot = snapshot;
        PreviousSha256 = previousSha256;
        Sha256 = HashOf(previousSha256, snapshot);
    }

    public Guid PeriodId { get; private set; }

    /// <summary>1 for the first publication of the period, then 2, 3… for corrections.</summary>
    public int Version { get; private set; }

    /// <summary>Position in the portal-wide chain, from 1.</summary>
    public long Sequence { get; private set; }

    public string DecisionNumber { get; private set; }

    public DateOnly DecisionDate { get; private set; }

    /// <summary>Who signed the decision, with their title ("Phó Chủ tịch UBND tỉnh Nguyễn Văn A").</summary>
    public string Signer { get; private set; }

    /// <summary>Why a correction was published; null for a first publication.</summary>
    public string? Reason { get; private set; }

    public Guid PublishedByUserId { get; private set; }

    public DateTime PublishedAtUtc { get; private set; }

    /// <summary>The canonical JSON of every unit's results, as published.</summary>
    public string Snapshot { get; private set; }

    public string? PreviousSha256 { get; private set; }

    public string Sha256 { get; private set; }

    /// <summary>The publication that replaced this one (a correction); null while it is the current version.</summary>
    public Guid? SupersededById { get; private set; }

    /// <summary>
    /// Signature (base64, DER-encoded ECDSA over SHA-256, or RSA PKCS#1) of <see cref="SignedText"/> with the
    /// portal's publication key, which is kept outside the database: whoever can rewrite the snapshot and recompute
    /// its hashes still cannot sign it. Null on publications made before signing began.
    /// </summary>
    public string? Signature { get; private set; }

    /// <summary>SHA-256 (lower-case hex) of the signing key's public key (SubjectPublicKeyInfo), to tell which key signed.</summary>
    public string? SigningKeyFingerprint { get; private set; }

    /// <summary>
    /// What the signature covers: the chain hash (which covers the snapshot and every earlier publication), the
    /// position in the chain and the decision. Anyone can rebuild it from the public verification page and check it
    /// offline with the public key (docs/security.md).
    /// </summary>
    public string SignedText => string.Join('\n', "ParIndex publication v1", Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), Sha256,
        DecisionNumber, DecisionDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Signer);

    public static Publication First(Guid periodId, long sequence, PublicationDecision decision, Guid userId, DateTime nowUtc, string snapshot,
        string? previousSha256) =>
        new(periodId, 1, sequence, decision, null, userId, nowUtc, Guard.Text(snapshot, int.MaxValue, "publication.snapshot"), previousSha256);

    /// <summary>A corrected version of <paramref name="current"/>: it needs a reason and replaces it, which stays on record.</summary>
    public static Publication Correction(Publication current, long sequence, PublicationDecision decision, string reason, Guid userId, DateTime nowUtc,
        string snapshot, string? previousSha256)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (current.SupersededById is not null)
        {
            throw new DomainException("publication.notCurrent", "Only the current version can be corrected.");
        }

        var next = new Publication(current.PeriodId, current.Version + 1, sequence, decision, Guard.Text(reason, MaxReasonLength, "publication.reason"),
            userId, nowUtc, Guard.Text(snapshot, int.MaxValue, "publication.snapshot"), previousSha256);
        current.SupersededById = next.Id;
        return next;
    }

    /// <summary>Records the signature made when the publication is created; a publication is signed once.</summary>
    public void Sign(string signature, string keyFingerprint)
    {
        if (Signature is not null)
        {
            throw new DomainException("publication.signed", "A publication is signed once.");
        }

        Signature = Guard.Text(signature, 2000, "publication.signature");
        SigningKeyFingerprint = Guard.Text(keyFingerprint, 64, "publication.signingKey");
    }

    /// <summary>SHA-256 (lower-case hex) over the previous link and the snapshot, so the chain breaks where anything changed.</summary>
    public static string HashOf(string? previousSha256, string snapshot) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{previousSha256 ?? "genesis"}\n{snapshot}")));

    /// <summary>Whether the stored snapshot and its link still give the stored hash.</summary>
    public bool IsIntact => Sha256 == HashOf(PreviousSha256, Snapshot);
}
