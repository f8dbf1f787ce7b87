using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

/// <summary>Removes a node of a draft framework with everything under it (the page asks for confirmation first).</summary>
public sealed record RemoveFrameworkNode(Guid FrameworkId, Guid NodeId, Guid ConcurrencyStamp);

public sealed class RemoveFrameworkNodeHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task HandleAsync(RemoveFrameworkNode request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "framework.nodeRemoved", nameof(Framework), request.FrameworkId, ct, FrameworkAccess.Editors);

        var framework = await FrameworkRules.LoadDraftAsync(db, request.FrameworkId, ct);
        var node = framework.Nodes.FirstOrDefault(n => n.Id == request.NodeId) ?? throw new NotFoundException(nameof(FrameworkNode), request.NodeId);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, node.ConcurrencyStamp);

        var before = framework.Nodes.Select(n => n.Code).ToHashSet(StringComparer.Ordinal);
        framework.RemoveNode(node.Id);
        var removed = before.Except(framework.Nodes.Select(n => n.Code)).Order(StringComparer.Ordinal).ToList();
        db.Audit(user, clock, "framework.nodeRemoved", nameof(Framework), framework.Id, new { Removed = removed }, null);
        await db.SaveChangesAsync(ct);
    }
}
