using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Frameworks;

/// <summary>Sets how a leaf is scored and explained: method, rule and its parameters, guidance, evidence, applicability.</summary>
public sealed record DescribeFrameworkNode(
    Guid FrameworkId, Guid NodeId, string? TitleEn, AssessmentMethod Method, RuleType RuleType, string? RuleParameters,
    WhenNothingToCount WhenNothingToCount, string? Guidance, string? EvidenceRequired, IReadOnlyList<BlockKind> ApplicableBlockKinds,
    Guid ConcurrencyStamp);

public sealed class DescribeFrameworkNodeHandler(
    IParIndexDbFactory dbFactory, IValidator<DescribeFrameworkNode> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(DescribeFrameworkNode request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "framework.nodeDescribed", nameof(Framework), request.FrameworkId, ct, FrameworkAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var framework = await FrameworkRules.LoadDraftAsync(db, request.FrameworkId, ct);
        var node = framework.Nodes.FirstOrDefault(n => n.Id == request.NodeId)
            ?? throw new NotFoundException(nameof(FrameworkNode), request.NodeId);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, node.ConcurrencyStamp);

        var old = Snapshot(node);
        node.Describe(request.TitleEn, request.Guidance, request.EvidenceRequired);
        node.SetRule(request.Method, request.RuleType, request.RuleParameters ?? "{}", request.WhenNothingToCount);
        node.RestrictTo(request.ApplicableBlockKinds);
        db.Audit(user, clock, "framework.nodeDescribed", nameof(Framework), framework.Id, old, Snapshot(node));
        await db.SaveChangesAsync(ct);
    }

    private static object Snapshot(FrameworkNode node) => new
    {
        node.Code,
        node.TitleEn,
        Method = node.Method.ToString(),
        RuleType = node.RuleType.ToString(),
        node.RuleParameters,
        WhenNothingToCount = node.WhenNothingToCount.ToString(),
        node.Guidance,
        node.EvidenceRequired,
        ApplicableBlockKinds = node.ApplicableBlockKinds.Select(k => k.ToString()).ToList(),
    };
}
