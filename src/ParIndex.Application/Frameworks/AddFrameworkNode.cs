using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

/// <summary>Adds a domain (no parent) or a child one level below its parent, at the end of its siblings.</summary>
public sealed record AddFrameworkNode(Guid FrameworkId, Guid? ParentId, string Code, string Title, decimal MaxPoints);

public sealed class AddFrameworkNodeHandler(
    IParIndexDbFactory dbFactory, IValidator<AddFrameworkNode> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(AddFrameworkNode request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "framework.nodeAdded", nameof(Framework), request.FrameworkId, ct, FrameworkAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);

        var framework = await FrameworkRules.LoadDraftAsync(db, request.FrameworkId, ct);
        var parent = request.ParentId is { } parentId
            ? framework.Nodes.FirstOrDefault(n => n.Id == parentId) ?? throw FrameworkMessages.Invalid(nameof(request.ParentId), FrameworkMessages.ParentNotFound)
            : null;
        var level = parent?.Level switch
        {
            null => NodeLevel.Domain,
            NodeLevel.Domain => NodeLevel.Criterion,
            NodeLevel.Criterion => NodeLevel.SubCriterion,
            _ => throw FrameworkMessages.Invalid(nameof(request.ParentId), FrameworkMessages.TooDeep),
        };
        if (framework.Nodes.Any(n => string.Equals(n.Code, request.Code.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw FrameworkMessages.Invalid(nameof(request.Code), FrameworkMessages.CodeTaken);
        }

        var node = framework.AddNode(parent, level, request.Code, request.Title, request.MaxPoints);
        db.Audit(user, clock, "framework.nodeAdded", nameof(Framework), framework.Id,
            newValues: new { node.Id, node.Code, node.Title, node.MaxPoints, Level = node.Level.ToString(), ParentCode = parent?.Code });
        await db.SaveChangesAsync(ct);
        return node.Id;
    }
}
