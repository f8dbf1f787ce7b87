using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Units;

/// <summary>What confirming does with a row of a file of mergers.</summary>
public enum BulkMergeRowStatus
{
    /// <summary>The row has a problem; nothing of the file is saved until it is fixed.</summary>
    Invalid,

    /// <summary>The unit will be merged when the file is confirmed.</summary>
    ToMerge,

    /// <summary>The same merger (same units, same date) is already recorded: importing the file again changes nothing.</summary>
    AlreadyMerged,
}

/// <summary>A problem in one cell: the column's header as the template names it, and the message in Vietnamese.</summary>
public sealed record BulkMergeProblem(string Column, string Message);

/// <summary>A receiving unit the file creates: a code no unit has, with the name and block the file gives it.</summary>
internal sealed record NewReceivingUnit(string Code, string Name, Block Block);

/// <summary>
/// The rows of a file of mergers checked against the units as they are now (preview and confirm read the file the same
/// way, so what was previewed is what is saved).
/// </summary>
internal sealed partial class BulkMergeSheet
{
    private static readonly string[] DateFormats = ["d/M/yyyy", "dd/MM/yyyy", "yyyy-MM-dd", "d-M-yyyy", "d.M.yyyy"];

    private BulkMergeSheet(IReadOnlyList<string> fileProblems, IReadOnlyList<BulkMergeLine> lines)
    {
        FileProblems = fileProblems;
        Lines = lines;
    }

    public IReadOnlyList<string> FileProblems { get; }

    public IReadOnlyList<BulkMergeLine> Lines { get; }

    public bool CanApply => FileProblems.Count == 0 && Lines.Count > 0 && Lines.All(l => l.Status != BulkMergeRowStatus.Invalid);

    public bool NeedsAcknowledgement => Lines.Any(l => l.Status == BulkMergeRowStatus.ToMerge && l.OpenPeriods.Count > 0);

    public static async Task<BulkMergeSheet> ReadAsync(IParIndexDb db, TableFile table, CancellationToken ct)
    {
        var (columns, headerProblems) = BulkMergeColumns.Find(table.Headers);
        if (columns is null)
        {
            return new BulkMergeSheet(headerProblems, []);
        }

        if (table.Rows.Count == 0)
        {
            return new BulkMergeSheet([ImportMessages.NoDataRows], []);
        }

        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var byCode = units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var byId = units.ToDictionary(u => u.Id);
        var merges = await db.UnitMerges.AsNoTracking().ToListAsync(ct);
        var lastResultYear = await LastResultYearsAsync(db, ct);
        var lines = table.Rows.Select(r => BulkMergeLine.Parse(r, columns, byCode)).ToList();
        PlanNewUnits(lines, await db.Blocks.AsNoTracking().ToListAsync(ct));

        // A unit merged away in two rows, or a row whose receiving unit is merged away in another: both are refused
        // rather than guessed, because the resolution must name one final successor for each unit.
        var rowsOfOld = lines.Where(l => l.Old is not null).ToLookup(l => l.Old!.Id);
        foreach (var line in lines)
        {
            if (line.Old is null || (line.New is null && line.Creates is null))
            {
                continue;
            }

            var old = line.Old;
            var target = line.New;
            if (target is not null && old.Id == target.Id)
            {
                line.Problem(BulkMergeColumns.New, UnitMessages.MergeIntoItself);
                continue;
            }

            var twice = rowsOfOld[old.Id].Select(l => l.Number).ToList();
            if (twice.Count > 1)
            {
                line.Problem(BulkMergeColumns.Old, BulkMergeMessages.MergedTwice(old.Code, twice));
            }

            var recorded = merges.FirstOrDefault(m => m.PredecessorUnitId == old.Id);
            if (!old.IsActive)
            {
                if (recorded is not null && recorded.SuccessorUnitId == target?.Id && recorded.EffectiveOn == line.EffectiveOn)
                {
                    line.AlreadyMerged = true;
                    continue;
                }

                line.Problem(BulkMergeColumns.Old, recorded is not null && byId.TryGetValue(recorded.SuccessorUnitId, out var earlier)
                    ? BulkMergeMessages.AlreadyMergedInto(old.Code, earlier.Code, earlier.Name, recorded.EffectiveOn)
                    : BulkMergeMessages.OldInactive(old.Code));
            }

            var chained = target is null ? null : rowsOfOld[target.Id].FirstOrDefault();
            if (target is null)
            {
                // A unit the file creates is nobody's predecessor yet: nothing to chain.
            }
            else if (chained is not null)
            {
                line.Problem(BulkMergeColumns.New, BulkMergeMessages.ChainedInFile(target.Code, chained.Number));
            }
            else if (!target.IsActive)
            {
                var onward = merges.FirstOrDefault(m => m.PredecessorUnitId == target.Id);
                line.Problem(BulkMergeColumns.New, onward is not null && byId.TryGetValue(onward.SuccessorUnitId, out var next)
                    ? BulkMergeMessages.ChainedMerged(target.Code, next.Code, next.Name)
                    : BulkMergeMessages.TargetInactive(target.Code));
            }

            if (line.EffectiveOn is { } effective && old.IsActive && lastResultYear.TryGetValue(old.Id, out var year) && effective.Year <= year)
            {
                line.Problem(BulkMergeColumns.Date, BulkMergeMessages.DateBeforeResults(effective, year, old.Code));
            }
        }

        foreach (var line in lines.Where(l => l.Status == BulkMergeRowStatus.ToMerge))
        {
            line.OpenPeriods = [.. (await OpenAssessmentsOfUnit.LoadAsync(db, line.Old!.Id, ct)).Select(o => o.Period.Name)];
        }

        return new BulkMergeSheet([], lines);
    }

    /// <summary>
    /// The receiving units the file creates: rows naming a new code no unit has, with its name and block (by code or name)
    /// on at least one of them and the same on every row that gives them. Without a name and a block the code is unknown.
    /// </summary>
    private static void PlanNewUnits(List<BulkMergeLine> lines, IReadOnlyList<Block> blocks)
    {
        foreach (var rows in lines.Where(l => l.New is null && l.NewText is not null).GroupBy(l => l.NewText!, StringComparer.OrdinalIgnoreCase))
        {
            var code = rows.Key;
            var names = rows.Select(l => l.NewNameText).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            var blockTexts = rows.Select(l => l.NewBlockText).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var problems = new List<(int Column, string Message)>();
            Block? block = null;
            if (names.Count == 0 && blockTexts.Count == 0)
            {
                problems.Add((BulkMergeColumns.New, BulkMergeMessages.UnknownNewCode(code)));
            }
            else
            {
                if (code.Length > Unit.MaxCodeLength)
                {
                    problems.Add((BulkMergeColumns.New, UnitMessages.CodeTooLong));
                }
                else if (!CodeFormat.IsMatch(code))
                {
                    problems.Add((BulkMergeColumns.New, UnitMessages.CodeFormat));
                }

                if (names.Count != 1)
                {
                    problems.Add((BulkMergeColumns.NewName, names.Count == 0
                        ? BulkMergeMessages.NewNameMissing(code)
                        : BulkMergeMessages.NewNamesDiffer(code, names)));
                }
                else if (names[0].Length > Unit.MaxNameLength)
                {
                    problems.Add((BulkMergeColumns.NewName, UnitMessages.NameTooLong));
                }
                else if (!UnitRules.IsOneLine(names[0]))
                {
                    problems.Add((BulkMergeColumns.NewName, UnitMessages.NameOneLine));
                }

                if (blockTexts.Count != 1)
                {
                    problems.Add((BulkMergeColumns.NewBlock, blockTexts.Count == 0
                        ? BulkMergeMessages.NewBlockMissing(code)
                        : BulkMergeMessages.NewBlocksDiffer(code, blockTexts.Count)));
                }
                else if ((block = FindBlock(blocks, blockTexts[0])) is null)
                {
                    problems.Add((BulkMergeColumns.NewBlock, BulkMergeMessages.BlockUnknown(blockTexts[0])));
                }
            }

            var planned = problems.Count == 0 ? new NewReceivingUnit(code, names[0], block!) : null;
            foreach (var line in rows)
            {
                line.Creates = planned;
                foreach (var (column, message) in problems)
                {
                    line.Problem(column, message);
                }
            }
        }
    }

    /// <summary>A block by its code first, then by its name (case and accents ignored), as the units import finds it.</summary>
    private static Block? FindBlock(IReadOnlyList<Block> blocks, string text) =>
        blocks.FirstOrDefault(b => string.Equals(b.Code, text, StringComparison.OrdinalIgnoreCase))
        ?? blocks.FirstOrDefault(b => SearchText.Fold(b.Name) == SearchText.Fold(text));

    [GeneratedRegex(UnitMessages.CodePattern)]
    private static partial Regex CodeFormat { get; }

    /// <summary>The last year each unit has a decided result for (imported or the portal's own): a merger cannot take effect before it ends.</summary>
    private static async Task<Dictionary<Guid, int>> LastResultYearsAsync(IParIndexDb db, CancellationToken ct) =>
        await db.Assessments.AsNoTracking().Where(a => a.FinalIndex != null)
            .Join(db.Periods, a => a.PeriodId, p => p.Id, (a, p) => new { a.UnitId, p.Year })
            .GroupBy(x => x.UnitId).Select(g => new { UnitId = g.Key, Year = g.Max(x => x.Year) })
            .ToDictionaryAsync(x => x.UnitId, x => x.Year, ct);

    internal static DateOnly? Date(string text)
    {
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        // A date cell of an .xlsx file may come through as its serial number.
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000
            ? DateOnly.FromDateTime(DateTime.FromOADate(serial))
            : null;
    }
}

/// <summary>One row of the file: the units it names, its date and decision, and what is wrong with it.</summary>
internal sealed class BulkMergeLine
{
    private readonly List<BulkMergeProblem> _problems = [];

    private BulkMergeLine(int number) => Number = number;

    public int Number { get; }

    public string? OldText { get; private init; }

    public string? NewText { get; private init; }

    public Unit? Old { get; private init; }

    public Unit? New { get; private init; }

    public DateOnly? EffectiveOn { get; private init; }

    /// <summary>The receiving unit's name and block as the file gives them (used only for a unit to create).</summary>
    public string? NewNameText { get; private init; }

    public string? NewBlockText { get; private init; }

    /// <summary>The receiving unit confirming creates, when the file names a new one.</summary>
    public NewReceivingUnit? Creates { get; set; }

    public string? Decision { get; private init; }

    public bool AlreadyMerged { get; set; }

    /// <summary>The periods whose assessment of the old unit this merger would close (the acknowledgement).</summary>
    public IReadOnlyList<string> OpenPeriods { get; set; } = [];

    public IReadOnlyList<BulkMergeProblem> Problems => _problems;

    public BulkMergeRowStatus Status => _problems.Count > 0 ? BulkMergeRowStatus.Invalid
        : AlreadyMerged ? BulkMergeRowStatus.AlreadyMerged
        : BulkMergeRowStatus.ToMerge;

    public void Problem(int column, string message) => _problems.Add(new BulkMergeProblem(BulkMergeColumns.Label(column), message));

    public static BulkMergeLine Parse(TableRow row, int[] columns, Dictionary<string, Unit> byCode)
    {
        var oldText = row.Cell(columns[BulkMergeColumns.Old]);
        var newText = row.Cell(columns[BulkMergeColumns.New]);
        var dateText = row.Cell(columns[BulkMergeColumns.Date]);
        var decision = row.Cell(columns[BulkMergeColumns.Decision]);
        var line = new BulkMergeLine(row.Number)
        {
            OldText = oldText,
            NewText = newText,
            Old = oldText is null ? null : byCode.GetValueOrDefault(oldText),
            New = newText is null ? null : byCode.GetValueOrDefault(newText),
            EffectiveOn = dateText is null ? null : BulkMergeSheet.Date(dateText),
            Decision = decision,
            NewNameText = row.Cell(columns[BulkMergeColumns.NewName]),
            NewBlockText = row.Cell(columns[BulkMergeColumns.NewBlock]),
        };
        line.CheckUnit(BulkMergeColumns.Old, oldText, line.Old, BulkMergeMessages.OldMissing);
        // An unknown new code may be a unit the file creates: BulkMergeSheet decides once it has read every row.
        if (newText is null)
        {
            line.Problem(BulkMergeColumns.New, BulkMergeMessages.NewMissing);
        }
        if (dateText is null)
        {
            line.Problem(BulkMergeColumns.Date, UnitMessages.EffectiveDateRequired);
        }
        else if (line.EffectiveOn is null)
        {
            line.Problem(BulkMergeColumns.Date, BulkMergeMessages.DateInvalid(dateText));
        }

        if (decision is null)
        {
            line.Problem(BulkMergeColumns.Decision, BulkMergeMessages.DecisionMissing);
        }
        else if (decision.Length > UnitMerge.MaxDecisionLength)
        {
            line.Problem(BulkMergeColumns.Decision, BulkMergeMessages.DecisionTooLong(UnitMerge.MaxDecisionLength));
        }

        return line;
    }

    private void CheckUnit(int column, string? text, Unit? unit, string missing)
    {
        if (text is null)
        {
            Problem(column, missing);
        }
        else if (unit is null)
        {
            Problem(column, BulkMergeMessages.UnknownCode(text));
        }
    }
}
