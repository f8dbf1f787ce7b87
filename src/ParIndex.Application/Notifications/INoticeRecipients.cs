namespace ParIndex.Application.Notifications;

/// <summary>A person to tell: an in-app notice always, an e-mail when the account has an address.</summary>
public sealed record NoticeRecipient(Guid UserId, string? Email);

/// <summary>Finds the active accounts to tell about an event (Identity's users live in Infrastructure).</summary>
public interface INoticeRecipients
{
    /// <summary>The active staff and leaders of the given units.</summary>
    Task<IReadOnlyList<NoticeRecipient>> PeopleOfUnitsAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct);

    /// <summary>The active accounts holding any of the roles.</summary>
    Task<IReadOnlyList<NoticeRecipient>> InRolesAsync(IReadOnlyCollection<string> roles, CancellationToken ct);

    /// <summary>The active accounts among <paramref name="userIds"/>.</summary>
    Task<IReadOnlyList<NoticeRecipient>> ByIdsAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);
}
