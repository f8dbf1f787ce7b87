namespace ParIndex.Web.Security;

/// <summary>Where the portal may send a person back to: its own pages only (no open redirect).</summary>
public static class LocalUrl
{
    /// <summary>Same rule as MVC's Url.IsLocalUrl: "/path", not "//host" or "/\host".</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
