using ParIndex.Domain.Frameworks;
using ParIndex.Infrastructure.Persistence.Seeding.Rules;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>A domain (lĩnh vực) of a sample framework; its maximum is the sum of its criteria.</summary>
internal sealed record DemoDomain(string Code, string Title, string TitleEn, IReadOnlyList<DemoItem> Items);

/// <summary>A criterion of a sample framework: scored directly (<see cref="DemoLeaf"/>) or split (<see cref="DemoSplit"/>).</summary>
internal abstract record DemoItem(string Code, string Title, string TitleEn);

/// <summary>A scored leaf, as one row of the methodology's sample table.</summary>
internal sealed record DemoLeaf(
    string Code,
    string Title,
    string TitleEn,
    decimal Max,
    AssessmentMethod Method,
    DemoRule Rule,
    string Evidence,
    bool FullWhenNothingToCount = false) : DemoItem(Code, Title, TitleEn)
{
    public WhenNothingToCount WhenNothingToCount => FullWhenNothingToCount
        ? WhenNothingToCount.FullPoints
        : Rule.CountsCases ? WhenNothingToCount.Excluded : WhenNothingToCount.Zero;

    /// <summary>No note of the officer's: the guidance units read is written from the rule itself (RuleGuidance).</summary>
    public string? Guidance => null;
}

/// <summary>A criterion the table splits into sub-criteria (e.g. A7.3); its maximum is the sum of its parts.</summary>
internal sealed record DemoSplit(string Code, string Title, string TitleEn, IReadOnlyList<DemoLeaf> Parts)
    : DemoItem(Code, Title, TitleEn);
