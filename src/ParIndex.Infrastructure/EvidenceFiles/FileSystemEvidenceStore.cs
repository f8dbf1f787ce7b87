using System.Security.Cryptography;
using ParIndex.Application.EvidenceFiles;

namespace ParIndex.Infrastructure.EvidenceFiles;

/// <summary>
/// Evidence files on disk under <c>pending/&lt;key&gt;</c> until their row is saved, then <c>files/&lt;key[0..2]&gt;/&lt;key&gt;</c>.
/// Keys are random GUIDs, never derived from the user's file name, and are checked on every use so that a key read
/// back from the database or a request can never reach outside the root.
/// </summary>
public sealed class FileSystemEvidenceStore(string rootPath, TimeProvider? time = null) : IEvidenceStore
{
    private const int ChunkBytes = 81920;
    private const int KeyLength = 32;

    private readonly string _root = Path.GetFullPath(rootPath);
    private readonly string _pending = Path.Combine(Path.GetFullPath(rootPath), "pending");
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task<PendingFile> ReceiveAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(_pending);
        var key = Guid.NewGuid().ToString("N");
        var path = Path.Combine(_pending, key);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[ChunkBytes];
        long size = 0;
        try
        {
            await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, ChunkBytes, useAsync: true);
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                // Stop at the first chunk past the cap: an oversized upload must not fill the disk or keep the request busy.
                if (size > maxBytes)
                {
                    throw new UploadTooLargeException(maxBytes);
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
            }
        }
        catch
        {
            // The target is closed by now (await using ends before catch), so the partial file can be removed.
            File.Delete(path);
            throw;
        }

        return new PendingFile(key, Convert.ToHexStringLower(hash.GetHashAndReset()), size);
    }

    public Stream OpenPending(PendingFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return OpenRead(PendingPath(file.StorageKey));
    }

    public Task KeepAsync(PendingFile file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        ct.ThrowIfCancellationRequested();
        var target = KeptPath(file.StorageKey);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(PendingPath(file.StorageKey), target);
        return Task.CompletedTask;
    }

    public void Discard(PendingFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        // File.Delete ignores a missing file but throws for a missing folder, which happens before the first upload.
        if (Directory.Exists(_pending))
        {
            File.Delete(PendingPath(file.StorageKey));
        }
    }

    public void Delete(string storageKey)
    {
        var path = KeptPath(storageKey);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public Stream? Open(string storageKey)
    {
        if (!IsValidKey(storageKey))
        {
            return null;
        }

        try
        {
            return OpenRead(KeptPath(storageKey));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public int RemoveAbandoned(TimeSpan age)
    {
        if (!Directory.Exists(_pending))
        {
            return 0;
        }

        var cutoff = _time.GetUtcNow().UtcDateTime - age;
        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(_pending))
        {
            if (File.GetLastWriteTimeUtc(path) >= cutoff)
            {
                continue;
            }

            try
            {
                File.Delete(path);
                removed++;
            }
            catch (IOException)
            {
                // Still held open by someone (e.g. an inspection); the next sweep will get it.
            }
        }

        return removed;
    }

    private static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes);

    private string PendingPath(string key) => Path.Combine(_pending, CheckedKey(key));

    private string KeptPath(string key) => Path.Combine(_root, KeptRelativePath(key));

    /// <summary>Where a kept file lives below the store's root; backups keep the same layout.</summary>
    public static string KeptRelativePath(string storageKey) => Path.Combine("files", CheckedKey(storageKey)[..2], storageKey);

    // A key is generated by the store and read back from the database: a bad one is a fault for the log, not a message.
    private static string CheckedKey(string key) =>
        IsValidKey(key) ? key : throw new ArgumentException("Not a valid evidence storage key.", nameof(key));

    private static bool IsValidKey(string? key) =>
        key is { Length: KeyLength } && key.All(char.IsAsciiHexDigit);
}
