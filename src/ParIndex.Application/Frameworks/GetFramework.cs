using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Frameworks;

public sealed record GetFramework(Guid Id);

public sealed record FrameworkDetails(
    Guid Id, string Code, string Name, BlockKind BlockKind, int Version, FrameworkState State, bool IsIllustrative,
    string LegalBasis, decimal BonusCap, decimal DeductionCap, Guid ConcurrencyStamp,
    IReadOnlyList<FrameworkNodeItem> Nodes, IReadOnlyList<FrameworkIssueItem> Issues)
{
    public bool IsEditable => State == FrameworkState.Draft;

    /// <summary>What a missing survey result counts as (<see cref="SetMissingSurveyRule"/>).</summary>
    public MissingSurveyRule MissingSurvey { get; init; }
}

public sealed record FrameworkNodeItem(
    Guid Id, Guid? ParentId, NodeLevel Level, string Code, string Title, string? TitleEn, decimal MaxPoints, int SortOrder,
    AssessmentMethod Method, RuleType RuleType, string RuleParameters, WhenNothingToCount WhenNothingToCount,
    string? Guidance, string? EvidenceRequired, IReadOnlyList<BlockKind> ApplicableBlockKinds, bool IsLeaf,
    Guid ConcurrencyStamp);

public sealed record FrameworkIssueItem(string? NodeCode, bool IsError, string Message);

public sealed class GetFrameworkHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<FrameworkDetails> HandleAsync(GetFramework request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "framework.read", nameof(Framework), request.Id, ct, FrameworkAccess.Readers);

        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes)
            .SingleOrDefaultAsync(f => f.Id == request.Id, ct)
            ?? throw new NotFoundException(nameof(Framework), request.Id);
        return Describe(framework);
    }

    internal static FrameworkDetails Describe(Framework framework)
    {
        var parents = framework.Nodes.Where(n => n.ParentId is not null).Select(n => n.ParentId!.Value).ToHashSet();
        var nodes = FrameworkTree.InTreeOrder(framework.Nodes)
            .Select(n => new FrameworkNodeItem(
                n.Id, n.ParentId, n.Level, n.Code, n.Title, n.TitleEn, n.MaxPoints, n.SortOrder, n.Method, n.RuleType,
                n.RuleParameters, n.WhenNothingToCount, n.Guidance, n.EvidenceRequired, [.. n.ApplicableBlockKinds],
                !parents.Contains(n.Id), n.ConcurrencyStamp))
            .ToList();
        var issues = FrameworkChecks.Check(framework)
            .OrderBy(i => i.Severity).ThenBy(i => i.NodeCode, StringComparer.Ordinal)
            .Select(i => new FrameworkIssueItem(i.NodeCode, i.Severity == FrameworkIssueSeverity.Error, FrameworkIssueText.Of(i)))
            .ToList();
        return new FrameworkDetails(
            framework.Id, framework.Code, framework.Name, framework.BlockKind, framework.Version, framework.State,
            framework.IsIllustrative, framework.LegalBasis, framework.BonusCap, framework.DeductionCap,
            framework.ConcurrencyStamp, nodes, issues)
        {
            MissingSurvey = framework.MissingSurvey,
        };
    }
}
