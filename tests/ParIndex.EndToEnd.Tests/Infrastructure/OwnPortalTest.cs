using Microsoft.Data.Sqlite;

namespace ParIndex.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A test that runs a portal process of its own (<see cref="PortalProcess"/>) in a fresh folder — database, evidence,
/// mail and logs — with its own browser; the folder goes when the test ends.
/// </summary>
public abstract class OwnPortalTest : IAsyncLifetime
{
    protected string Folder { get; } = Path.Combine(Path.GetTempPath(), "parindex-e2e", Guid.NewGuid().ToString("N"));

    protected Browser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Browser = await Browser.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the OS.
        }
    }
}
