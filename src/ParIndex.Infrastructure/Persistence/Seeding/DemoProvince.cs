using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>A unit of the demo province with its block, and the date a reform founded it (null: always there).</summary>
internal sealed record DemoUnit(Unit Unit, Block Block, DateOnly? FoundedOn)
{
    public string Code => Unit.Code;

    /// <summary>Whether the unit is assessed for <paramref name="year"/>: a year's index covers the units of its last day.</summary>
    public bool IsAssessedFor(int year)
    {
        var lastDay = new DateOnly(year, 12, 31);
        return (FoundedOn is null || FoundedOn <= lastDay) && (Unit.ClosedOn is null || Unit.ClosedOn > lastDay);
    }
}

/// <summary>
/// The fictional province: four blocks, about 20 departments, 30 communes and wards (38 before the reform of
/// 01/07/2025), 7 vertical agencies, and the merges that link former units to their successors.
/// </summary>
internal sealed class DemoProvince
{
    public const string DefaultName = "Tỉnh Sông Lam (minh họa)";
    public const string CommuneReformDecision = "Nghị quyết 1656/NQ-UBTVQH15";
    public const string DepartmentReformDecision = "Nghị quyết 05/NQ-HĐND ngày 20/02/2025 của HĐND tỉnh (minh họa)";

    public static readonly DateOnly DepartmentReformOn = new(2025, 3, 1);
    public static readonly DateOnly CommuneReformOn = new(2025, 7, 1);

    private readonly Dictionary<string, DemoUnit> _units = new(StringComparer.Ordinal);
    private readonly List<DemoUnit> _ordered = [];
    private readonly List<UnitMerge> _merges = [];

    private DemoProvince(string name)
    {
        Name = name;
        ShortName = ShortNameOf(name);
        Departments = new Block("SBN", "Sở, ban, ngành", "Provincial departments", BlockKind.Department, isRanked: true, 1);
        CommunesWards = new Block("XP", "UBND xã, phường", "Communes and wards", BlockKind.CommuneWard, isRanked: true, 2);
        Districts = new Block("HUYEN", "UBND cấp huyện", "District people's committees (before 07/2025)", BlockKind.District, isRanked: true, 3);
        VerticalAgencies = new Block("NGANHDOC", "Cơ quan ngành dọc", "Vertical agencies", BlockKind.VerticalAgency, isRanked: false, 4);
    }

    public string Name { get; }

    /// <summary>"Sông Lam" for "Tỉnh Sông Lam (minh họa)": what follows "tỉnh" in agency names.</summary>
    public string ShortName { get; }

    public Block Departments { get; }

    public Block CommunesWards { get; }

    /// <summary>Kept for the years before the two-tier reform; the demo has no district units.</summary>
    public Block Districts { get; }

    public Block VerticalAgencies { get; }

    public IReadOnlyList<Block> Blocks => [Departments, CommunesWards, Districts, VerticalAgencies];

    /// <summary>In catalogue order, which keeps the seeded random draws stable.</summary>
    public IReadOnlyList<DemoUnit> Units => _ordered;

    public IReadOnlyList<UnitMerge> Merges => _merges;

    public DemoUnit this[string code] => _units[code];

    public static DemoProvince Build(string name)
    {
        var province = new DemoProvince(name);
        province.Add(province.Departments, DemoUnitCatalog.Departments, null);
        province.Add(province.Departments, DemoUnitCatalog.DepartmentsFounded2025, DepartmentReformOn);
        province.Add(province.Departments, DemoUnitCatalog.DepartmentsMerged2025, null);
        province.Add(province.CommunesWards, DemoUnitCatalog.CommunesWards, null);
        province.Add(province.CommunesWards, DemoUnitCatalog.CommunesWardsFormed2025, CommuneReformOn);
        province.Add(province.CommunesWards, DemoUnitCatalog.CommunesWardsMerged2025, null);
        province.Add(province.VerticalAgencies, DemoUnitCatalog.VerticalAgencies(province.ShortName), null);

        province.Merge(DemoUnitCatalog.DepartmentsMerged2025, DepartmentReformOn, DepartmentReformDecision);
        province.Merge(DemoUnitCatalog.CommunesWardsMerged2025, CommuneReformOn, CommuneReformDecision);
        return province;
    }

    public IReadOnlyList<DemoUnit> AssessedIn(Block block, int year) =>
        [.. _ordered.Where(u => u.Block == block && u.IsAssessedFor(year))];

    private static string ShortNameOf(string name)
    {
        var core = name.Split('(')[0].Trim();
        foreach (var prefix in new[] { "Tỉnh ", "tỉnh ", "Thành phố ", "thành phố " })
        {
            if (core.StartsWith(prefix, StringComparison.Ordinal))
            {
                return core[prefix.Length..].Trim();
            }
        }

        return core;
    }

    private void Add(Block block, IEnumerable<DemoUnitName> names, DateOnly? foundedOn)
    {
        foreach (var name in names)
        {
            var unit = new DemoUnit(new Unit(name.Code, name.Name, block.Id, name.ShortName), block, foundedOn);
            _units.Add(name.Code, unit);
            _ordered.Add(unit);
        }
    }

    private void Merge(IEnumerable<DemoUnitName> predecessors, DateOnly effectiveOn, string decision)
    {
        foreach (var name in predecessors)
        {
            _merges.Add(this[name.Code].Unit.MergeInto(this[name.MergesInto!].Unit, effectiveOn, decision));
        }
    }
}
