using ParIndex.Application.Common;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>One demo person calling a use case, as the signed-in user would (the audit trail names them).</summary>
internal sealed record DemoActor(Guid UserId, string UserName, string Role, Guid? UnitId = null, string? FullName = null) : ICurrentUser
{
    public bool IsAuthenticated => true;

    Guid? ICurrentUser.UserId => UserId;

    public IReadOnlyCollection<string> Roles => [Role];

    public string? IpAddress => null;
}

/// <summary>A clock standing at one moment of the demo's story, so each step happens when the story says it did.</summary>
internal sealed class DemoClock(DateTime utc) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
