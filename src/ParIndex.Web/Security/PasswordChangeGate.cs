using ParIndex.Application.Common;
using ParIndex.Application.Users;

namespace ParIndex.Web.Security;

/// <summary>
/// An account still on its one-time password (imported from a file, the password handed out on a list) may do nothing
/// but change it: every page leads to <see cref="AccountPaths.ChangePassword"/>, every API call is refused with 403.
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.User.HasClaim(c => c.Type == AccountClaims.MustChangePassword) || IsAllowed(context.Request.Path))
        {
            return next(context);
        }

        if (AccountPaths.IsApi(context.Request))
        {
            return Results.Problem(CommonMessages.ChangePasswordFirst, statusCode: StatusCodes.Status403Forbidden)
                .ExecuteAsync(context);
        }

        context.Response.Redirect(AccountPaths.ChangePassword);
        return Task.CompletedTask;
    }

    /// <summary>The change itself, signing out, and the files and scripts the change page needs.</summary>
    private static bool IsAllowed(PathString path) =>
        path.StartsWithSegments("/account") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")
        || path.StartsWithSegments("/health") || Path.HasExtension(path.Value);
}
