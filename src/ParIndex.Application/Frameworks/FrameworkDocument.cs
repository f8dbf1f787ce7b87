using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Frameworks;

/// <summary>A framework as a file carries it (Excel import and export): the header and the nodes, parents first.</summary>
public sealed record FrameworkDocument(
    string Code, string Name, BlockKind BlockKind, int Version, string LegalBasis, bool IsIllustrative, decimal BonusCap,
    decimal DeductionCap, IReadOnlyList<FrameworkNodeDocument> Nodes)
{
    public static FrameworkDocument From(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var codes = framework.Nodes.ToDictionary(n => n.Id, n => n.Code);
        return new FrameworkDocument(framework.Code, framework.Name, framework.BlockKind, framework.Version, framework.LegalBasis,
            framework.IsIllustrative, framework.BonusCap, framework.DeductionCap,
            [.. FrameworkTree.InTreeOrder(framework.Nodes).Select(n => new FrameworkNodeDocument(
                n.Code, n.ParentId is { } parent ? codes.GetValueOrDefault(parent) : null, n.Level, n.Title, n.TitleEn, n.MaxPoints,
                n.Method, n.RuleType, n.RuleParameters, n.WhenNothingToCount, n.Guidance, n.EvidenceRequired, [.. n.ApplicableBlockKinds]))]);
    }

    /// <summary>A new draft built through the domain's own methods, so its guards apply to imported data too.</summary>
    public Framework ToFramework(int? version = null)
    {
        var framework = new Framework(Code, Name, BlockKind, version ?? Version, LegalBasis, IsIllustrative);
        framework.SetCaps(BonusCap, DeductionCap);
        var byCode = new Dictionary<string, FrameworkNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in Nodes)
        {
            var parent = row.ParentCode is { Length: > 0 } code ? byCode[code] : null;
            var node = framework.AddNode(parent, row.Level, row.Code, row.Title, row.MaxPoints);
            node.Describe(row.TitleEn, row.Guidance, row.EvidenceRequired);
            node.SetRule(row.Method, row.RuleType, row.RuleParameters, row.WhenNothingToCount);
            node.RestrictTo(row.ApplicableBlockKinds);
            byCode[row.Code] = node;
        }

        return framework;
    }
}

public sealed record FrameworkNodeDocument(
    string Code, string? ParentCode, NodeLevel Level, string Title, string? TitleEn, decimal MaxPoints, AssessmentMethod Method,
    RuleType RuleType, string RuleParameters, WhenNothingToCount WhenNothingToCount, string? Guidance, string? EvidenceRequired,
    IReadOnlyList<BlockKind> ApplicableBlockKinds);
