namespace ParIndex.Domain.Surveys;

/// <summary>
/// That a browser already answered through a SIPAS link: the link and a hash of the browser's random token, nothing
/// else — no time, no address, no ballot (its id is random, not time-ordered). One answer per browser token per link.
/// </summary>
public sealed class SipasReceipt
{
    public const int HashLength = 64;

    private SipasReceipt()
    {
        TokenHash = string.Empty;
    }

    public SipasReceipt(Guid linkId, string tokenHash)
    {
        Id = Guid.NewGuid();
        LinkId = linkId;
        TokenHash = tokenHash;
    }

    public Guid Id { get; private init; }

    public Guid LinkId { get; private set; }

    /// <summary>SHA-256 (hex) of the browser token with the link's id, so the same browser gives different hashes per link.</summary>
    public string TokenHash { get; private set; }
}
