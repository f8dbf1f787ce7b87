namespace ParIndex.Infrastructure.Persistence.Seeding.Rules;

/// <summary>What a unit reported for a leaf (<paramref name="Inputs"/> as JSON), the points it earns and, when
/// points are lost, the appraiser's reason.</summary>
internal sealed record LeafOutcome(decimal Points, string Inputs, string? Comment);
