using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Units;
using ParIndex.Domain.Units;

namespace ParIndex.Application.SetupImport;

/// <summary>
/// A units file read against the database: each row's unit, its block, whether it is new, a rename or already there,
/// and every problem. The preview shows it; the confirmation reads it again (tracked) and applies it.
/// </summary>
internal sealed partial class UnitImportSheet
{
    public const string Code = "code";
    public const string Name = "name";
    public const string ShortName = "shortName";
    public const string BlockColumn = "block";

    public static IReadOnlyList<SetupColumn> Columns { get; } =
    [
        new(Code, true, "Mã đơn vị", "ma dv", "unit code", "code"),
        new(Name, true, "Tên đơn vị", "ten dv", "unit name", "name"),
        new(ShortName, false, "Tên viết tắt", "short name"),
        new(BlockColumn, true, "Mã khối", "Tên khối", "khoi", "block"),
    ];

    public required SetupImportPreview Preview { get; init; }

    /// <summary>The rows to apply (only when the preview has no problem), with the tracked unit of a rename.</summary>
    public required IReadOnlyList<UnitImportLine> Lines { get; init; }

    public static async Task<UnitImportSheet> ReadAsync(
        IParIndexDb db, ITableFileReader reader, string fileName, byte[] content, bool tracked, CancellationToken ct)
    {
        var sha = FileFingerprint.Sha256Of(content);
        var table = SetupTable.Read(reader, fileName, content, Columns, out var error);
        if (table is null || table.Problems.Count > 0)
        {
            return new UnitImportSheet
            {
                Preview = new SetupImportPreview(fileName, sha, table?.Problems ?? [error!], []),
                Lines = [],
            };
        }

        var blocks = await db.Blocks.AsNoTracking().ToListAsync(ct);
        var units = tracked ? db.Units : db.Units.AsNoTracking();
        var existing = (await units.ToListAsync(ct)).ToDictionary(u => u.Code.Trim(), StringComparer.OrdinalIgnoreCase);
        var firstRowOfCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<SetupImportRow>();
        var lines = new List<UnitImportLine>();
        foreach (var row in table.Rows)
        {
            var problems = new List<string>();
            var code = table.Cell(row, Code);
            var name = table.Cell(row, Name);
            var shortName = table.Cell(row, ShortName);
            var blockText = table.Cell(row, BlockColumn);
            SetupCells.Check(problems, Label(Code), code, Unit.MaxCodeLength);
            if (code is not null && !CodeFormat.IsMatch(code))
            {
                problems.Add(ImportMessages.InColumn(Label(Code), UnitMessages.CodeFormat));
            }

            SetupCells.Check(problems, Label(Name), name, Unit.MaxNameLength);
            SetupCells.Check(problems, Label(ShortName), shortName, Unit.MaxNameLength, required: false);
            SetupCells.Check(problems, Label(BlockColumn), blockText, Block.MaxNameLength);
            var block = blockText is null ? null : FindBlock(blocks, blockText);
            if (blockText is not null && block is null)
            {
                problems.Add(ImportMessages.InColumn(Label(BlockColumn), SetupImportMessages.BlockUnknown(blockText)));
            }

            if (code is not null && !firstRowOfCode.TryAdd(code, row.Number))
            {
                problems.Add(SetupImportMessages.UnitCodeTwice(code, firstRowOfCode[code]));
            }

            var unit = code is null ? null : existing.GetValueOrDefault(code);
            var change = SetupRowChange.Create;
            string? detail = block?.Name;
            if (unit is not null)
            {
                if (!unit.IsActive)
                {
                    problems.Add(SetupImportMessages.UnitInactive(unit.Code));
                }

                if (block is not null && unit.BlockId != block.Id)
                {
                    var current = blocks.Single(b => b.Id == unit.BlockId).Name;
                    problems.Add(SetupImportMessages.UnitInOtherBlock(unit.Code, current));
                }

                var renamed = name is not null && name != unit.Name;
                var shortRenamed = shortName is not null && shortName != unit.ShortName;
                change = renamed || shortRenamed ? SetupRowChange.Rename : SetupRowChange.Unchanged;
                detail = change == SetupRowChange.Rename
                    ? Renaming(unit, name ?? unit.Name, shortRenamed ? shortName : null)
                    : ImportMessages.Unchanged;
            }

            rows.Add(new SetupImportRow(row.Number, code ?? string.Empty, name ?? string.Empty, change, detail, problems));
            if (problems.Count == 0)
            {
                lines.Add(new UnitImportLine(code!, name!, shortName, block!.Id, unit, change));
            }
        }

        return new UnitImportSheet { Preview = new SetupImportPreview(fileName, sha, [], rows), Lines = lines };
    }

    private static string Label(string key) => SetupImportMessages.Column(key);

    private static string Renaming(Unit unit, string name, string? shortName) => shortName is null
        ? SetupImportMessages.Renamed(unit.Name, name)
        : SetupImportMessages.RenamedWithShortName(unit.Name, name, unit.ShortName, shortName);

    /// <summary>A block by its code first, then by its name (case and accents ignored).</summary>
    private static Block? FindBlock(IReadOnlyList<Block> blocks, string text) =>
        blocks.FirstOrDefault(b => string.Equals(b.Code, text, StringComparison.OrdinalIgnoreCase))
        ?? blocks.FirstOrDefault(b => SetupTable.Fold(b.Name) == SetupTable.Fold(text));

    [GeneratedRegex(UnitMessages.CodePattern)]
    private static partial Regex CodeFormat { get; }
}

/// <summary>One valid row: a new unit, or the existing <see cref="Existing"/> to rename or leave alone.</summary>
internal sealed record UnitImportLine(string Code, string Name, string? ShortName, Guid BlockId, Unit? Existing, SetupRowChange Change);
