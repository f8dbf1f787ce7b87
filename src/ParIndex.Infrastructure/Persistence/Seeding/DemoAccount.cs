namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>A demo sign-in, printed at start in Development so people can try each role.</summary>
public sealed record DemoAccount(string UserName, string FullName, string Role, string? UnitCode, string? UnitName, string Password);
