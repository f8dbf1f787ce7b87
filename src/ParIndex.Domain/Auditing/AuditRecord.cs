namespace ParIndex.Domain.Auditing;

/// <summary>The facts of one audited action, before it is sealed into the trail.</summary>
public sealed record AuditRecord(
    DateTime OccurredAtUtc,
    Guid? UserId,
    string? UserName,
    string? Roles,
    Guid? UnitId,
    string? IpAddress,
    string Action,
    string EntityType,
    string? EntityId,
    string? OldValues,
    string? NewValues,
    bool Succeeded);
