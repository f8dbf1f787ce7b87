namespace ParIndex.Application.EvidenceFiles;

/// <summary>
/// Where evidence files live: outside the web root, under generated names. Files are written to a pending area
/// first and kept only once their database row is committed, so a crash leaves no row without its file.
/// </summary>
public interface IEvidenceStore
{
    /// <summary>
    /// Copies the upload into the pending area while hashing it. Stops reading and throws
    /// <see cref="UploadTooLargeException"/> as soon as more than <paramref name="maxBytes"/> arrive.
    /// </summary>
    Task<PendingFile> ReceiveAsync(Stream content, long maxBytes, CancellationToken ct);

    /// <summary>Opens a pending file for inspection (seekable, read-only).</summary>
    Stream OpenPending(PendingFile file);

    /// <summary>Moves a pending file to its permanent generated name once its row is saved.</summary>
    Task KeepAsync(PendingFile file, CancellationToken ct);

    /// <summary>Removes a pending file that was refused or whose row could not be saved.</summary>
    void Discard(PendingFile file);

    /// <summary>Removes a kept file whose row could not be saved after all.</summary>
    void Delete(string storageKey);

    /// <summary>Opens a kept file, or null when it is missing.</summary>
    Stream? Open(string storageKey);

    /// <summary>Removes pending files older than <paramref name="age"/>: leftovers of uploads interrupted by a crash.</summary>
    int RemoveAbandoned(TimeSpan age);
}

/// <summary>A received upload: its generated storage key, the SHA-256 of its bytes (lower-case hex) and its size.</summary>
public sealed record PendingFile(string StorageKey, string Sha256, long SizeBytes);

/// <summary>The upload is bigger than the configured cap (maps to HTTP 413 with a clear message).</summary>
public sealed class UploadTooLargeException(long maxBytes)
    : Exception(EvidenceMessages.TooLarge(maxBytes))
{
    public long MaxBytes { get; } = maxBytes;
}
