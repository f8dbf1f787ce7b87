using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

/// <summary>Nodes as people read a framework: each parent followed by its children, in their order.</summary>
internal static class FrameworkTree
{
    public static IEnumerable<FrameworkNode> InTreeOrder(IEnumerable<FrameworkNode> nodes)
    {
        var all = nodes.ToList();
        var children = all.ToLookup(n => n.ParentId);
        var ids = all.Select(n => n.Id).ToHashSet();
        // A node whose parent is missing would vanish from a pure walk; show it at the top so it can be fixed.
        var roots = all.Where(n => n.ParentId is null || !ids.Contains(n.ParentId.Value));
        return Walk(roots.OrderBy(n => n.SortOrder), children);
    }

    private static IEnumerable<FrameworkNode> Walk(IEnumerable<FrameworkNode> level, ILookup<Guid?, FrameworkNode> children)
    {
        foreach (var node in level)
        {
            yield return node;
            foreach (var child in Walk(children[node.Id].OrderBy(c => c.SortOrder), children))
            {
                yield return child;
            }
        }
    }
}
