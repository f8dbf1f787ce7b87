using System.Security.Cryptography;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Infrastructure.EvidenceFiles;

namespace ParIndex.Application.Tests.EvidenceFiles;

public sealed class FileSystemEvidenceStoreTests : IDisposable
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private readonly string _sandbox = Path.Combine(Path.GetTempPath(), "parindex-evidence-" + Guid.NewGuid().ToString("N"));
    private readonly string _root;
    private readonly FileSystemEvidenceStore _store;

    public FileSystemEvidenceStoreTests()
    {
        _root = Path.Combine(_sandbox, "store");
        _store = new FileSystemEvidenceStore(_root);
    }

    public void Dispose()
    {
        if (Directory.Exists(_sandbox))
        {
            Directory.Delete(_sandbox, recursive: true);
        }
    }

    private string PendingFolder => Path.Combine(_root, "pending");

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(count).NextBytes(bytes);
        return bytes;
    }

    private Task<PendingFile> ReceiveAsync(byte[] content, long maxBytes = 1024 * 1024) =>
        _store.ReceiveAsync(new MemoryStream(content), maxBytes, Ct);

    [Fact]
    public async Task Receive_ExactlyAtCap_StoresWithSizeAndSha256()
    {
        var content = RandomBytes(200_000);

        var file = await ReceiveAsync(content, maxBytes: content.Length);

        Assert.Equal(content.Length, file.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), file.Sha256);
        Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(PendingFolder, file.StorageKey), Ct));
    }

    [Fact]
    public async Task Receive_OneByteOverCap_ThrowsAndLeavesNoPendingFile()
    {
        var content = RandomBytes(200_001);

        var error = await Assert.ThrowsAsync<UploadTooLargeException>(() => ReceiveAsync(content, maxBytes: 200_000));

        Assert.Equal(200_000, error.MaxBytes);
        Assert.Empty(Directory.GetFiles(PendingFolder));
    }

    [Fact]
    public async Task Receive_FarOverCap_StopsReadingSoonAfterCap()
    {
        var upload = new MemoryStream(new byte[5 * 1024 * 1024]);

        await Assert.ThrowsAsync<UploadTooLargeException>(() => _store.ReceiveAsync(upload, 100_000, Ct));

        Assert.True(upload.Position <= 100_000 + 81920, $"read {upload.Position} bytes");
    }

    [Fact]
    public async Task Receive_EmptyUpload_ReturnsZeroSize()
    {
        var file = await ReceiveAsync([]);

        Assert.Equal(0, file.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([])), file.Sha256);
    }

    [Fact]
    public async Task Receive_AnyUpload_NamesFileWithGeneratedHexKey()
    {
        var first = await ReceiveAsync([1, 2, 3]);
        var second = await ReceiveAsync([1, 2, 3]);

        Assert.Matches("^[0-9a-f]{32}$", first.StorageKey);
        Assert.NotEqual(first.StorageKey, second.StorageKey);
        Assert.Equal(
            new HashSet<string?> { first.StorageKey, second.StorageKey },
            [.. Directory.GetFiles(PendingFolder).Select(Path.GetFileName)]);
    }

    [Fact]
    public async Task OpenPending_ReceivedFile_ReadsSameBytesReadOnly()
    {
        var content = RandomBytes(1000);
        var file = await ReceiveAsync(content);

        await using var stream = _store.OpenPending(file);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Ct);

        Assert.True(stream.CanSeek);
        Assert.False(stream.CanWrite);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task Keep_PendingFile_MovesToShardSoOpenReturnsSameBytes()
    {
        var content = RandomBytes(150_000);
        var file = await ReceiveAsync(content);

        await _store.KeepAsync(file, Ct);

        Assert.Empty(Directory.GetFiles(PendingFolder));
        Assert.True(File.Exists(Path.Combine(_root, "files", file.StorageKey[..2], file.StorageKey)));
        await using var kept = _store.Open(file.StorageKey);
        Assert.NotNull(kept);
        using var copy = new MemoryStream();
        await kept.CopyToAsync(copy, Ct);
        Assert.Equal(content, copy.ToArray());
    }

    [Fact]
    public async Task Discard_PendingFile_RemovesItAndToleratesSecondCall()
    {
        var file = await ReceiveAsync([1, 2, 3]);

        _store.Discard(file);
        _store.Discard(file);

        Assert.Empty(Directory.GetFiles(PendingFolder));
        Assert.Null(_store.Open(file.StorageKey));
    }

    [Fact]
    public void Discard_BeforeAnyUpload_DoesNotThrow() =>
        _store.Discard(new PendingFile(Guid.NewGuid().ToString("N"), "", 0));

    [Fact]
    public void Open_UnknownKey_ReturnsNull() => Assert.Null(_store.Open(Guid.NewGuid().ToString("N")));

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("../outside.txt")]
    [InlineData("../../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    public void Open_KeyEscapingRoot_ReturnsNullWithoutReadingOutside(string key)
    {
        Directory.CreateDirectory(Path.Combine(_root, "files"));
        File.WriteAllText(Path.Combine(_sandbox, "outside.txt"), "bí mật");

        Assert.Null(_store.Open(key));
    }

    [Fact]
    public void OpenPending_KeyEscapingRoot_ThrowsArgumentException()
    {
        Directory.CreateDirectory(PendingFolder);
        File.WriteAllText(Path.Combine(_sandbox, "outside.txt"), "bí mật");

        Assert.Throws<ArgumentException>(() => _store.OpenPending(new PendingFile("../outside.txt", "", 6)));
        Assert.Throws<ArgumentException>(() => _store.Discard(new PendingFile("../outside.txt", "", 6)));
        Assert.True(File.Exists(Path.Combine(_sandbox, "outside.txt")));
    }

    [Fact]
    public async Task RemoveAbandoned_OldAndRecentPendingFiles_DeletesOnlyOld()
    {
        var old = await ReceiveAsync([1]);
        var recent = await ReceiveAsync([2]);
        File.SetLastWriteTimeUtc(Path.Combine(PendingFolder, old.StorageKey), DateTime.UtcNow.AddDays(-2));

        var removed = _store.RemoveAbandoned(TimeSpan.FromDays(1));

        Assert.Equal(1, removed);
        Assert.Equal([recent.StorageKey], Directory.GetFiles(PendingFolder).Select(Path.GetFileName));
    }

    [Fact]
    public void RemoveAbandoned_NoPendingFolder_ReturnsZero() => Assert.Equal(0, _store.RemoveAbandoned(TimeSpan.Zero));
}
