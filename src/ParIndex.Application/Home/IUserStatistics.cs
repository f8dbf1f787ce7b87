namespace ParIndex.Application.Home;

/// <summary>Counts of sign-in accounts, which Identity keeps outside the domain's tables.</summary>
public interface IUserStatistics
{
    Task<UserCounts> CountAsync(CancellationToken cancellationToken);
}

public sealed record UserCounts(int Total, int Active, IReadOnlyList<RoleCount> ByRole);

public sealed record RoleCount(string Role, int Users);
