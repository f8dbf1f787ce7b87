namespace ParIndex.Application.Common;

/// <summary>Who is calling a use case, whether from a Blazor event or an API request.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? UserId { get; }

    string? UserName { get; }

    /// <summary>The person's name as shown in the portal (Họ và tên).</summary>
    string? FullName => null;

    /// <summary>The unit an agency user belongs to; null for province-wide roles.</summary>
    Guid? UnitId { get; }

    IReadOnlyCollection<string> Roles { get; }

    string? IpAddress { get; }

    bool IsInRole(string role) => Roles.Contains(role);
}
