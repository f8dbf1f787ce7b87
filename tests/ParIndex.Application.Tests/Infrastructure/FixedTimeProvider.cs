namespace ParIndex.Application.Tests.Infrastructure;

/// <summary>A clock that stands still unless a test moves it, so audit times and dates are predictable.</summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
