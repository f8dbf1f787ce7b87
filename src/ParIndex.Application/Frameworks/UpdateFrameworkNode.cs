using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.Frameworks.Rules;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

public sealed record UpdateFrameworkNode(Guid FrameworkId, Guid NodeId, string Code, string Title, decimal MaxPoints, Guid ConcurrencyStamp);

public sealed class UpdateFrameworkNodeHandler(
    IParIndexDbFactory dbFactory, IValidator<UpdateFrameworkNode> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(UpdateFrameworkNode request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "framework.nodeUpdated", nameof(Framework), request.FrameworkId, ct, FrameworkAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var framework = await FrameworkRules.LoadDraftAsync(db, request.FrameworkId, ct);
        var node = framework.Nodes.FirstOrDefault(n => n.Id == request.NodeId) ?? throw new NotFoundException(nameof(FrameworkNode), request.NodeId);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, node.ConcurrencyStamp);
        if (framework.Nodes.Any(n => n.Id != node.Id && string.Equals(n.Code, request.Code.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw FrameworkMessages.Invalid(nameof(request.Code), FrameworkMessages.CodeTaken);
        }

        RefuseMaximumBelowItsRule(framework, node, request.MaxPoints);
        var old = new { node.Code, node.Title, node.MaxPoints };
        framework.UpdateNode(node.Id, request.Code, request.Title, request.MaxPoints);
        db.Audit(user, clock, "framework.nodeUpdated", nameof(Framework), framework.Id, old, new { node.Code, node.Title, node.MaxPoints });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A leaf's maximum is not lowered under what its rule awards (a tier of 1,5 on a 1-point criterion).</summary>
    private static void RefuseMaximumBelowItsRule(Framework framework, FrameworkNode node, decimal maxPoints)
    {
        var isLeaf = !framework.Nodes.Any(n => n.ParentId == node.Id);
        if (isLeaf && RuleDraft.ProblemsOf(node.RuleType, node.RuleParameters, node.MaxPoints).Count == 0
            && RuleDraft.ProblemsOf(node.RuleType, node.RuleParameters, maxPoints).Count > 0)
        {
            throw FrameworkMessages.Invalid(nameof(UpdateFrameworkNode.MaxPoints), FrameworkMessages.MaxPointsBelowRule);
        }
    }
}
