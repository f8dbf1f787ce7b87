namespace ParIndex.Application.Common;

/// <summary>The words every use case and both doors (pages, API) share when they refuse.</summary>
public static class CommonMessages
{
    private static readonly MessageText Text = new(typeof(CommonMessages));

    public static string AccessDenied => Text.Get();

    public static string NotFound => Text.Get();

    public static string InvalidInput => Text.Get();

    public static string Unreadable => Text.Get();

    public static string Refused => Text.Get();

    public static string Unexpected => Text.Get();

    public static string Stale => Text.Get();

    public static string TooManyRequests => Text.Get();

    public static string TooManyRequestsWait(int seconds) => Text.Format(nameof(TooManyRequestsWait), seconds);

    public static string TooManySignIns(int seconds) => Text.Format(nameof(TooManySignIns), seconds);

    public static string ChangePasswordFirst => Text.Get();

    public static string DatabaseUnavailable => Text.Get();

    /// <summary>A page of another site opening the portal's live connection (<c>/_blazor</c>) is refused with this.</summary>
    public static string OriginRefused => Text.Get();
}
