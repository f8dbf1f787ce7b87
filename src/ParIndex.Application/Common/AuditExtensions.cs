using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ParIndex.Domain.Auditing;

namespace ParIndex.Application.Common;

/// <summary>Adds an audit entry to the same save as the change it records, so both commit or neither.</summary>
public static class AuditExtensions
{
    // Vietnamese stays readable in the trail; the values are data for auditors, never rendered as raw HTML.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Audit(this IParIndexDb db, ICurrentUser user, TimeProvider clock, string action,
        string entityType, object? entityId, object? oldValues = null, object? newValues = null, bool succeeded = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(clock);
        db.AuditEntries.Add(new AuditEntry(new AuditRecord(
            clock.GetUtcNow().UtcDateTime,
            user.UserId,
            user.UserName,
            user.Roles.Count == 0 ? null : string.Join(',', user.Roles),
            user.UnitId,
            user.IpAddress,
            action,
            entityType,
            entityId?.ToString(),
            oldValues is null ? null : JsonSerializer.Serialize(oldValues, Json),
            newValues is null ? null : JsonSerializer.Serialize(newValues, Json),
            succeeded)));
    }
}
