namespace ParIndex.Application.Common;

/// <summary>The portal itself, acting in scheduled jobs (deadline locks, reminders): named in the audit trail as "system".</summary>
public sealed class SystemUser : ICurrentUser
{
    public static SystemUser Instance { get; } = new();

    public bool IsAuthenticated => false;

    public Guid? UserId => null;

    public string? UserName => "system";

    public Guid? UnitId => null;

    public IReadOnlyCollection<string> Roles => [];

    public string? IpAddress => null;
}
