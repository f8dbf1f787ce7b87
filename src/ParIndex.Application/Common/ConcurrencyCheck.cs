namespace ParIndex.Application.Common;

/// <summary>
/// Compares the version a person edited with the stored one before anything changes. The save itself checks
/// again, so a change that slips in between the read and the save is refused too.
/// </summary>
public static class ConcurrencyCheck
{
    public static string Message => CommonMessages.Stale;

    public static void EnsureUnchanged(Guid seen, Guid current)
    {
        if (seen != current)
        {
            throw new ConcurrencyConflictException(Message);
        }
    }

    public static void EnsureUnchanged(string? seen, string? current)
    {
        if (!string.Equals(seen, current, StringComparison.Ordinal))
        {
            throw new ConcurrencyConflictException(Message);
        }
    }
}
