namespace ParIndex.Web.Security;

public static class AccountPaths
{
    public const string Login = "/account/login";
    public const string Logout = "/account/logout";
    public const string AccessDenied = "/account/access-denied";
    public const string ChangePassword = "/account/change-password";

    /// <summary>API callers get status codes, never a redirect to an HTML form.</summary>
    public static bool IsApi(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return IsApi(request.Path);
    }

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");
}
