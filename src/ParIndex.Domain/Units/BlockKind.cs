namespace ParIndex.Domain.Units;

/// <summary>The kind of agencies a block groups; each kind is scored against its own framework.</summary>
public enum BlockKind
{
    /// <summary>Sở, ban, ngành cấp tỉnh.</summary>
    Department = 1,

    /// <summary>UBND xã, phường, đặc khu.</summary>
    CommuneWard = 2,

    /// <summary>UBND cấp huyện (before the two-tier reform of 07/2025).</summary>
    District = 3,

    /// <summary>Cơ quan ngành dọc: classified, usually not ranked.</summary>
    VerticalAgency = 4,
}
