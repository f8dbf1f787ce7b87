namespace ParIndex.Domain.Scoring;

/// <summary>
/// Scores keep full precision inside; they are rounded half-up to 2 decimals only for display, bands and ranks
/// (docs/adr/0004), as provinces publish them (96,84).
/// </summary>
public static class ScoreRounding
{
    public static decimal ToPublished(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
