using ParIndex.Application.Common;

namespace ParIndex.Benchmarks;

/// <summary>The user a benchmark acts as; one role at a time, as the measured page's user would have.</summary>
public sealed class BenchmarkUser : ICurrentUser
{
    public Guid InspectorUserId { get; } = Guid.Parse("0193a1f0-0000-7000-8000-000000000001");

    public bool IsAuthenticated => true;

    public Guid? UserId { get; private set; }

    public string? UserName { get; private set; }

    public Guid? UnitId { get; private set; }

    public IReadOnlyCollection<string> Roles { get; private set; } = [];

    public string? IpAddress => null;

    /// <summary>Acts as <paramref name="role"/>: the inspector's own id for inspectors, a unit for agency roles.</summary>
    public void Act(string role, Guid? unitId = null)
    {
        Roles = [role];
        UnitId = unitId;
        UserId = role == Application.Common.Roles.Inspector ? InspectorUserId : Guid.NewGuid();
        UserName = role.ToLowerInvariant();
    }
}
