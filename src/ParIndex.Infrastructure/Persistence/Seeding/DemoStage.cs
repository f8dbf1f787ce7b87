namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// How far the demo's current year has gone (configuration <c>Demo:Stage</c>): self-assessment open, the default,
/// or past its deadline and in round 1 of appraisal, so the appraisal pages can be tried without waiting a month.
/// </summary>
public enum DemoStage
{
    SelfAssessment = 0,
    Appraisal = 1,
}
