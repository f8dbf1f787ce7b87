using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// A framework's shape read once for scoring many units: each node's domain, and the domains in order. Build one
/// per framework and period run; the framework must not change while it is used.
/// </summary>
public sealed class ScoringPlan
{
    private readonly Dictionary<Guid, int> _domainOf;

    private ScoringPlan(Framework framework)
    {
        Framework = framework;
        Domains = [.. framework.Nodes.Where(n => n.ParentId is null && !FrameworkChecks.IsOutsideTheTree(n)).OrderBy(n => n.SortOrder)];
        var byId = framework.Nodes.ToDictionary(n => n.Id);
        var domainIndex = Domains.Select((d, i) => (d.Id, i)).ToDictionary(x => x.Id, x => x.i);
        _domainOf = [];
        foreach (var node in framework.Nodes)
        {
            var root = node;
            while (root.ParentId is { } parent && byId.TryGetValue(parent, out var up))
            {
                root = up;
            }

            _domainOf[node.Id] = domainIndex.TryGetValue(root.Id, out var index) ? index : -1;
            RootCode[node.Id] = root.Code;
        }
    }

    public Framework Framework { get; }

    public IReadOnlyList<FrameworkNode> Domains { get; }

    internal Dictionary<Guid, string> RootCode { get; } = [];

    public static ScoringPlan For(Framework framework) => new(framework ?? throw new ArgumentNullException(nameof(framework)));

    /// <summary>The position of the node's domain in <see cref="Domains"/>, or -1 outside the tree (bonus, deduction).</summary>
    public int DomainOf(FrameworkNode node) => _domainOf.GetValueOrDefault(node.Id, -1);
}
