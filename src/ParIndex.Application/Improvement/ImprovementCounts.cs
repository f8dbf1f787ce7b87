using ParIndex.Domain.Improvement;

namespace ParIndex.Application.Improvement;

/// <summary>
/// How far a plan has come. Each task counts once by the status people read: an overdue task is not also counted
/// as not started or in progress.
/// </summary>
public sealed record ImprovementCounts(int Total, int NotStarted, int InProgress, int Done, int Overdue)
{
    public static ImprovementCounts Empty { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Whole percent of tasks done; null for a plan without tasks.</summary>
    public int? PercentDone => Total == 0 ? null : (int)Math.Round(100m * Done / Total, MidpointRounding.AwayFromZero);

    public static ImprovementCounts Of(IEnumerable<ImprovementStatus> statuses)
    {
        var list = statuses.ToList();
        return new ImprovementCounts(list.Count, list.Count(s => s == ImprovementStatus.NotStarted), list.Count(s => s == ImprovementStatus.InProgress),
            list.Count(s => s == ImprovementStatus.Done), list.Count(s => s == ImprovementStatus.Overdue));
    }
}
