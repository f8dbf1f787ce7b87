using ParIndex.Domain.Common;
using ParIndex.Domain.Units;

namespace ParIndex.Domain.Frameworks;

/// <summary>
/// A versioned criteria framework (bộ chỉ số) for one kind of block: the tree Domain → Criterion →
/// Sub-criterion with maximum points. Frameworks are data so the province can change them every few years.
/// </summary>
public sealed class Framework : VersionedEntity
{
    public const int MaxCodeLength = 64;
    public const int MaxNameLength = 300;

    private readonly List<FrameworkNode> _nodes = [];

    private Framework()
    {
        Code = string.Empty;
        Name = string.Empty;
        LegalBasis = string.Empty;
    }

    public Framework(string code, string name, BlockKind blockKind, int version, string legalBasis, bool isIllustrative)
    {
        Code = Guard.Text(code, MaxCodeLength, "framework.code");
        Name = Guard.Text(name, MaxNameLength, "framework.name");
        BlockKind = blockKind;
        Version = version > 0 ? version : throw new DomainException("framework.version", "Version must be positive.");
        LegalBasis = Guard.Text(legalBasis, MaxNameLength, "framework.legalBasis");
        IsIllustrative = isIllustrative;
        State = FrameworkState.Draft;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public BlockKind BlockKind { get; private set; }

    public int Version { get; private set; }

    /// <summary>The decision the framework comes from, e.g. "876/QĐ-BNV; QĐ 2183/QĐ-UBND".</summary>
    public string LegalBasis { get; private set; }

    /// <summary>True for demo frameworks drafted from research, not from an official decision.</summary>
    public bool IsIllustrative { get; private set; }

    public FrameworkState State { get; private set; }

    /// <summary>Upper bound of bonus points a unit can receive.</summary>
    public decimal BonusCap { get; private set; }

    /// <summary>Upper bound of deduction points a unit can lose.</summary>
    public decimal DeductionCap { get; private set; }

    /// <summary>What a survey criterion counts as for a unit without a survey result; by default approval waits for it.</summary>
    public MissingSurveyRule MissingSurvey { get; private set; }

    public IReadOnlyList<FrameworkNode> Nodes => _nodes;

    public void SetMissingSurveyRule(MissingSurveyRule rule)
    {
        EnsureDraft();
        MissingSurvey = Enum.IsDefined(rule) ? rule : throw new DomainException("framework.missingSurvey", "Unknown rule for missing survey results.");
    }

    public void SetCaps(decimal bonusCap, decimal deductionCap)
    {
        EnsureDraft();
        if (bonusCap < 0 || deductionCap < 0)
        {
            throw new DomainException("framework.caps", "Caps cannot be negative.");
        }

        BonusCap = bonusCap;
        DeductionCap = deductionCap;
    }

    public FrameworkNode AddNode(FrameworkNode? parent, NodeLevel level, string code, string title, decimal maxPoints)
    {
        EnsureDraft();
        if (parent is not null && parent.FrameworkId != Id)
        {
            throw new DomainException("framework.foreignParent", "The parent node belongs to another framework.");
        }

        if (_nodes.Any(n => string.Equals(n.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("framework.duplicateCode", $"Code {code} is already used in this framework.", code);
        }

        var node = new FrameworkNode(Id, parent?.Id, level, code!, title, maxPoints, _nodes.Count + 1);
        _nodes.Add(node);
        return node;
    }

    /// <summary>Changes a node's code, title and maximum; its children and rule stay.</summary>
    public void UpdateNode(Guid nodeId, string code, string title, decimal maxPoints)
    {
        EnsureDraft();
        var node = Find(nodeId);
        if (_nodes.Any(n => n.Id != nodeId && string.Equals(n.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException("framework.duplicateCode", $"Code {code} is already used in this framework.", code);
        }

        node.Rename(code!, title, maxPoints);
    }

    /// <summary>Removes a node and everything under it.</summary>
    public void RemoveNode(Guid nodeId)
    {
        EnsureDraft();
        var doomed = new HashSet<Guid> { Find(nodeId).Id };
        bool grew;
        do
        {
            grew = false;
            foreach (var child in _nodes.Where(n => n.ParentId is { } parent && doomed.Contains(parent) && !doomed.Contains(n.Id)).ToList())
            {
                grew |= doomed.Add(child.Id);
            }
        }
        while (grew);

        _nodes.RemoveAll(n => doomed.Contains(n.Id));
    }

    /// <summary>
    /// A new draft version with the same tree, rules and caps: how next year's framework starts, since a used one
    /// is frozen.
    /// </summary>
    public Framework CopyAsDraft(string code, int version, string name, string legalBasis)
    {
        var copy = new Framework(code, name, BlockKind, version, legalBasis, IsIllustrative)
        {
            BonusCap = BonusCap,
            DeductionCap = DeductionCap,
            MissingSurvey = MissingSurvey,
        };
        var ids = new Dictionary<Guid, Guid>();
        foreach (var node in _nodes.OrderBy(n => n.Level).ThenBy(n => n.SortOrder))
        {
            var parentId = node.ParentId is { } parent ? ids[parent] : (Guid?)null;
            var twin = node.CopyTo(copy.Id, parentId);
            ids[node.Id] = twin.Id;
            copy._nodes.Add(twin);
        }

        return copy;
    }

    /// <summary>Once a period uses the framework its tree is frozen, so published scores stay reproducible.</summary>
    public void MarkInUse() => State = FrameworkState.InUse;

    /// <summary>Leaves are the nodes that carry points directly: nodes without children.</summary>
    /// <summary>The domain (top-level node) a node belongs to.</summary>
    public FrameworkNode DomainOf(FrameworkNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        while (node.ParentId is { } parentId)
        {
            node = _nodes.Single(n => n.Id == parentId);
        }

        return node;
    }

    public IEnumerable<FrameworkNode> Leaves() =>
        _nodes.Where(n => !_nodes.Any(c => c.ParentId == n.Id));

    private FrameworkNode Find(Guid nodeId) =>
        _nodes.FirstOrDefault(n => n.Id == nodeId)
        ?? throw new DomainException("framework.nodeNotFound", "The node does not belong to this framework.");

    private void EnsureDraft()
    {
        if (State != FrameworkState.Draft)
        {
            throw new DomainException("framework.inUse", "The framework is used by a period and can no longer change.");
        }
    }
}
