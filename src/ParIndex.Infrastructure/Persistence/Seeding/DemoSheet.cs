using ParIndex.Domain.Assessments;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>A demo unit's assessment together with the leaf scores written into it.</summary>
internal sealed record DemoSheet(DemoUnit Unit, Assessment Assessment, IReadOnlyList<(CriterionResponse Response, DemoLeafScore Score)> Entries);
