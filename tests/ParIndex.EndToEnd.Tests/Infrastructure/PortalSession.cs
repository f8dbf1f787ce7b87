using Microsoft.Playwright;

namespace ParIndex.EndToEnd.Tests.Infrastructure;

/// <summary>What a person does on every visit: sign in, wait for the page to come alive, keep a screenshot.</summary>
public static class PortalSession
{
    public const string DemoPassword = "Demo@ParIndex2026";

    public static async Task SignInAsync(this IPage page, string userName, string password = DemoPassword)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
    }

    /// <summary>
    /// A click before the SignalR circuit is up is lost silently; the layout shows #interactive once it is.
    /// </summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("#interactive").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    /// <summary>Saved under artifacts/screenshots for people to look at; CI keeps the folder.</summary>
    public static async Task<string> SaveScreenshotAsync(this IPage page, string name, bool fullPage = true)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParIndex.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
