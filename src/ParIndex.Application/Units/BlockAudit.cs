using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>The values of a block that the audit trail records before and after a change.</summary>
internal static class BlockAudit
{
    public static object Snapshot(Block block) =>
        new { block.Code, block.Name, block.NameEn, Kind = block.Kind.ToString(), block.IsRanked, block.SortOrder };
}
