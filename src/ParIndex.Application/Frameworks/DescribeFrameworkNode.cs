using FluentValidation;
using FluentValidation.Results;
using ParIndex.Application.Common;
using ParIndex.Application.Frameworks.Rules;
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
        RefuseRuleProblems(request, node.MaxPoints);

        var old = Snapshot(node);
        node.Describe(request.TitleEn, request.Guidance, request.EvidenceRequired);
        node.SetRule(request.Method, request.RuleType, request.RuleParameters ?? "{}", request.WhenNothingToCount);
        node.RestrictTo(request.ApplicableBlockKinds);
        db.Audit(user, clock, "framework.nodeDescribed", nameof(Framework), framework.Id, old, Snapshot(node));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// A rule that would score wrongly (a tier worth more than the criterion's maximum, thresholds out of order…)
    /// is refused here, before it is saved, with the same problems the editor shows while it is typed.
    /// </summary>
    private static void RefuseRuleProblems(DescribeFrameworkNode request, decimal maxPoints)
    {
        var problems = RuleDraft.ProblemsOf(request.RuleType, request.RuleParameters, maxPoints);
        if (problems.Count > 0)
        {
            throw new ValidationException(problems.Select(p =>
                new ValidationFailure(nameof(DescribeFrameworkNode.RuleParameters), RuleWording.Of(p.Text)) { ErrorCode = p.Code }));
        }
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
