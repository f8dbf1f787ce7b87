namespace ParIndex.Domain.Improvement;

/// <summary>A criterion's lost points as the scorecard showed them when a task was created for it.</summary>
public sealed record LostPoints(Guid NodeId, string Code, decimal Points);
