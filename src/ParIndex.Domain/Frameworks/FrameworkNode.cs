using ParIndex.Domain.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Domain.Frameworks;

/// <summary>A domain, criterion or sub-criterion of a framework. A node without children is a scored leaf.</summary>
public sealed class FrameworkNode : VersionedEntity
{
    public const int MaxCodeLength = 32;
    public const int MaxTitleLength = 500;
    public const int MaxTextLength = 4000;

    private FrameworkNode()
    {
        Code = string.Empty;
        Title = string.Empty;
        RuleParameters = "{}";
        ApplicableBlockKinds = [];
    }

    internal FrameworkNode(Guid frameworkId, Guid? parentId, NodeLevel level, string code, string title, decimal maxPoints, int sortOrder)
    {
        FrameworkId = frameworkId;
        ParentId = parentId;
        Level = level;
        Code = Guard.Text(code, MaxCodeLength, "node.code");
        Title = Guard.Text(title, MaxTitleLength, "node.title");
        MaxPoints = maxPoints >= 0 ? maxPoints : throw new DomainException("node.maxPoints", "Maximum points cannot be negative.");
        SortOrder = sortOrder;
        Method = AssessmentMethod.SelfAssessed;
        RuleType = RuleType.YesNo;
        RuleParameters = "{}";
        WhenNothingToCount = WhenNothingToCount.FullPoints;
        ApplicableBlockKinds = [];
    }

    public Guid FrameworkId { get; private set; }

    public Guid? ParentId { get; private set; }

    public NodeLevel Level { get; private set; }

    /// <summary>The code printed in the framework, e.g. "A3.2".</summary>
    public string Code { get; private set; }

    public string Title { get; private set; }

    public string? TitleEn { get; private set; }

    /// <summary>Exact decimal maximum, e.g. 14.50.</summary>
    public decimal MaxPoints { get; private set; }

    public int SortOrder { get; private set; }

    public AssessmentMethod Method { get; private set; }

    public RuleType RuleType { get; private set; }

    /// <summary>The rule's parameters (tiers, levels, variables, floor) as JSON; read by the scoring engine.</summary>
    public string RuleParameters { get; private set; }

    public WhenNothingToCount WhenNothingToCount { get; private set; }

    /// <summary>Plain-language scoring guide shown next to the entry (thang điểm).</summary>
    public string? Guidance { get; private set; }

    /// <summary>What evidence the unit must attach (tài liệu kiểm chứng).</summary>
    public string? EvidenceRequired { get; private set; }

    /// <summary>Empty means every kind of unit the framework covers.</summary>
    public List<BlockKind> ApplicableBlockKinds { get; private set; }

    internal void Rename(string code, string title, decimal maxPoints)
    {
        Code = Guard.Text(code, MaxCodeLength, "node.code");
        Title = Guard.Text(title, MaxTitleLength, "node.title");
        MaxPoints = maxPoints >= 0 ? maxPoints : throw new DomainException("node.maxPoints", "Maximum points cannot be negative.");
    }

    internal FrameworkNode CopyTo(Guid frameworkId, Guid? parentId) => new(frameworkId, parentId, Level, Code, Title, MaxPoints, SortOrder)
    {
        TitleEn = TitleEn,
        Method = Method,
        RuleType = RuleType,
        RuleParameters = RuleParameters,
        WhenNothingToCount = WhenNothingToCount,
        Guidance = Guidance,
        EvidenceRequired = EvidenceRequired,
        ApplicableBlockKinds = [.. ApplicableBlockKinds],
    };

    public void Describe(string? titleEn, string? guidance, string? evidenceRequired)
    {
        TitleEn = Guard.OptionalText(titleEn, MaxTitleLength, "node.titleEn");
        Guidance = Guard.OptionalText(guidance, MaxTextLength, "node.guidance");
        EvidenceRequired = Guard.OptionalText(evidenceRequired, MaxTextLength, "node.evidence");
    }

    public void SetRule(AssessmentMethod method, RuleType ruleType, string ruleParameters, WhenNothingToCount whenNothingToCount)
    {
        Method = method;
        RuleType = ruleType;
        RuleParameters = string.IsNullOrWhiteSpace(ruleParameters) ? "{}" : ruleParameters;
        WhenNothingToCount = whenNothingToCount;
    }

    public void RestrictTo(IEnumerable<BlockKind> kinds) => ApplicableBlockKinds = [.. kinds.Distinct()];

    public bool AppliesTo(BlockKind kind) => ApplicableBlockKinds.Count == 0 || ApplicableBlockKinds.Contains(kind);
}
