namespace ParIndex.Application.Notifications;

/// <summary>
/// Where e-mail links point: <c>Portal:PublicUrl</c>, the address people reach the portal at (never the address
/// the server listens on). Without it, the older <c>Reminders:PortalUrl</c>, then the Development address.
/// </summary>
public sealed class NotificationOptions
{
    public string PublicUrl { get; set; } = "http://localhost:5080";

    public string LinkTo(string? path) => PublicUrl.TrimEnd('/') + (path ?? "/");
}
