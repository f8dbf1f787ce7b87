using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace ParIndex.Web.Security;

/// <summary>
/// Session limits (ASVS 4.0.3 3.3.2, 5.0 7.3.1/7.3.2): the cookie slides with activity and dies after 30 idle
/// minutes; whatever the activity, a sign-in lasts at most 12 hours. The sliding renewal and Identity's
/// security-stamp refresh both re-issue the cookie, so the sign-in instant travels in the ticket's properties.
/// </summary>
public static class SessionLifetime
{
    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Absolute = TimeSpan.FromHours(12);

    private const string SignedInAtKey = "parindex.signedInAt";

    public static Task OnSigningIn(CookieSigningInContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = Clock(context.HttpContext).GetUtcNow();
        context.Properties.Items.TryAdd(SignedInAtKey, now.ToString("O", CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public static async Task OnValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsPastAbsoluteLimit(context.Properties, Clock(context.HttpContext).GetUtcNow()))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    internal static bool IsPastAbsoluteLimit(AuthenticationProperties properties, DateTimeOffset now) =>
        !properties.Items.TryGetValue(SignedInAtKey, out var text)
        || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var signedInAt)
        || now - signedInAt > Absolute;

    private static TimeProvider Clock(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>();
}
