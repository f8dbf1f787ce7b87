using ParIndex.Domain.Common;

namespace ParIndex.Domain.Units;

/// <summary>A group of units ranked against each other (khối), such as the provincial departments.</summary>
public sealed class Block : VersionedEntity
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 200;

    private Block()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Block(string code, string name, string? nameEn, BlockKind kind, bool isRanked, int sortOrder)
    {
        Code = Guard.Text(code, MaxCodeLength, "block.code");
        Name = Guard.Text(name, MaxNameLength, "block.name");
        NameEn = Guard.OptionalText(nameEn, MaxNameLength, "block.nameEn");
        Kind = kind;
        IsRanked = isRanked;
        SortOrder = sortOrder;
    }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public string? NameEn { get; private set; }

    public BlockKind Kind { get; private set; }

    /// <summary>Vertical agencies, for example, are classified but not ranked.</summary>
    public bool IsRanked { get; private set; }

    public int SortOrder { get; private set; }

    public void Update(string name, string? nameEn, bool isRanked, int sortOrder)
    {
        Name = Guard.Text(name, MaxNameLength, "block.name");
        NameEn = Guard.OptionalText(nameEn, MaxNameLength, "block.nameEn");
        IsRanked = isRanked;
        SortOrder = sortOrder;
    }
}
