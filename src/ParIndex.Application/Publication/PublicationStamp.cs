namespace ParIndex.Application.Publication;

/// <summary>
/// What every official report prints about the publication it comes from: the decision, its signer, the version
/// (a correction is a new version), and the SHA-256 of the published snapshot with the page that verifies it.
/// </summary>
public sealed record PublicationStamp(
    Guid PublicationId, int Version, string DecisionNumber, DateOnly DecisionDate, string Signer, DateTime PublishedAtUtc, string Sha256,
    string VerifyPath);
