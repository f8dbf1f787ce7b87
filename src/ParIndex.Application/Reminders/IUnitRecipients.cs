namespace ParIndex.Application.Reminders;

/// <summary>The e-mail addresses of a unit's active people (staff and leader) who have one.</summary>
public interface IUnitRecipients
{
    Task<IReadOnlyList<string>> EmailsOfUnitAsync(Guid unitId, CancellationToken ct);
}
