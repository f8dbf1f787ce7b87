using ParIndex.Application.Common;

namespace ParIndex.Application.Tests.Infrastructure;

/// <summary>The caller of a use case in a test: set per DI scope by <see cref="TestApp.Handler{T}"/>.</summary>
public sealed class FakeCurrentUser : ICurrentUser
{
    public bool IsAuthenticated { get; set; }

    public Guid? UserId { get; set; }

    public string? UserName { get; set; }

    public Guid? UnitId { get; set; }

    public IReadOnlyCollection<string> Roles { get; set; } = [];

    public string? IpAddress { get; set; } = "127.0.0.1";
}
