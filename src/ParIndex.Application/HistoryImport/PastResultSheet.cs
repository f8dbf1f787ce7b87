using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.HistoryImport;

/// <summary>One row of the file as read, with everything wrong with it; <see cref="Unit"/> is null when the unit is not found.</summary>
internal sealed record PastResultLine(
    int Number, int? Year, string? UnitText, Unit? Unit, Block? Block, decimal? Index, Classification? Classification, int? Rank,
    string? DecisionNumber, DateOnly? DecisionDate, string? Signer, List<string> Problems)
{
    /// <summary>What looks wrong but may be what the decision printed: shown in the preview, does not stop the import.</summary>
    public List<string> Warnings { get; } = [];

    public PastFigures? Figures => Index is { } index && Classification is { } classification ? new PastFigures(index, classification, Rank) : null;
}

/// <summary>
/// A year the portal holds from an earlier import, still published: a new file for it is a correction, the next
/// version of its publication.
/// </summary>
internal sealed record ImportedYear(Guid PeriodId, int Year, int Version, string DecisionNumber, DateOnly DecisionDate, IReadOnlyDictionary<Guid, PastFigures> Results);

/// <summary>
/// A file of past results checked against the portal: every row's problems (unknown unit, index outside 0–100,
/// unknown class, a block other than the unit's, duplicate unit in a year, a rank where the block is not ranked or
/// none where it is, a decision that differs between rows of a year), and the file's own (missing columns, a year
/// the portal computed or holds unpublished, a correction that changes nothing).
/// </summary>
internal sealed record PastResultSheet(
    IReadOnlyList<string> FileProblems, IReadOnlyList<PastResultLine> Lines, IReadOnlyDictionary<BlockKind, Guid> Frameworks,
    IReadOnlyDictionary<int, ImportedYear> Corrections, IReadOnlyDictionary<Guid, Unit> Units)
{
    public bool CanImport => FileProblems.Count == 0 && Lines.Count > 0 && Lines.All(l => l.Problems.Count == 0);

    public static async Task<PastResultSheet> ReadAsync(IParIndexDb db, TableFile table, int currentYear, CancellationToken ct)
    {
        var (columns, columnProblems) = PastResultColumns.Find(table.Headers);
        if (columns is null)
        {
            return new PastResultSheet(columnProblems, [], new Dictionary<BlockKind, Guid>(), new Dictionary<int, ImportedYear>(), new Dictionary<Guid, Unit>());
        }

        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var frameworks = await FrameworksAsync(db, ct);
        var lookup = new UnitLookup(units);

        // A template row left as it came (the unit written, no year, index or class) is not part of the file's results.
        var lines = table.Rows.Where(row => !Untouched(columns, row)).Select(row => Read(columns, row, lookup, blocks, currentYear)).ToList();
        var years = lines.Where(l => l.Year is not null).Select(l => l.Year!.Value).Distinct().Order().ToList();
        var held = await db.Periods.AsNoTracking().Where(p => years.Contains(p.Year)).ToListAsync(ct);
        var fileProblems = new List<string>();
        var corrections = new Dictionary<int, ImportedYear>();
        foreach (var year in years)
        {
            var ofYear = lines.Where(l => l.Year == year).ToList();
            CheckYear(ofYear);
            if (held.SingleOrDefault(p => p.Year == year) is not { } period)
            {
                continue;
            }

            var imported = await ImportedYearAsync(db, period, ct);
            if (imported is null)
            {
                fileProblems.Add(HeldYearProblem(period));
            }
            else if (ofYear.All(l => l.Problems.Count == 0) && Unchanged(ofYear, imported))
            {
                fileProblems.Add(PastResultMessages.SameAsPublished(year, imported.Version));
            }
            else
            {
                corrections[year] = imported;
            }
        }

        if (frameworks.Count == 0)
        {
            fileProblems.Add(PastResultMessages.NoFramework);
        }

        return new PastResultSheet(fileProblems, lines, frameworks, corrections, units.ToDictionary(u => u.Id));
    }

    /// <summary>
    /// The years the portal computed belong to its own chain of evidence: they are corrected by the council, never
    /// overwritten by a file. A year being assessed has nothing published to import over.
    /// </summary>
    private static string HeldYearProblem(EvaluationPeriod period) => period.State switch
    {
        PeriodState.Published => PastResultMessages.YearComputed(period.Year),
        PeriodState.Archived => PastResultMessages.YearArchived(period.Year),
        _ => PastResultMessages.YearBeingAssessed(period.Year, period.Name),
    };

    /// <summary>The period's published imported results, or null when the portal computed them or the year is not published.</summary>
    private static async Task<ImportedYear?> ImportedYearAsync(IParIndexDb db, EvaluationPeriod period, CancellationToken ct)
    {
        if (period.State != PeriodState.Published || !await ImportedPeriods.IsImportedAsync(db, period.Id, ct))
        {
            return null;
        }

        var current = await db.Publications.AsNoTracking().Where(p => p.PeriodId == period.Id && p.SupersededById == null)
            .Select(p => new { p.Version, p.DecisionNumber, p.DecisionDate }).SingleOrDefaultAsync(ct);
        if (current is null)
        {
            return null;
        }

        var results = await db.Assessments.AsNoTracking().Where(a => a.PeriodId == period.Id && a.FinalIndex != null && a.Classification != null)
            .Select(a => new { a.UnitId, Index = a.FinalIndex!.Value, Classification = a.Classification!.Value, a.Rank }).ToListAsync(ct);
        return new ImportedYear(period.Id, period.Year, current.Version, current.DecisionNumber, current.DecisionDate,
            results.ToDictionary(r => r.UnitId, r => new PastFigures(r.Index, r.Classification, r.Rank)));
    }

    private static bool Unchanged(List<PastResultLine> lines, ImportedYear imported) =>
        lines.Count == imported.Results.Count
        && lines.All(l => imported.Results.TryGetValue(l.Unit!.Id, out var before) && before == l.Figures);

    private static PastResultLine Read(PastResultColumns columns, TableRow row, UnitLookup units, Dictionary<Guid, Block> blocks, int currentYear)
    {
        var problems = new List<string>();
        var yearText = columns.Value(row, PastResultColumns.Year);
        var year = PastResultValues.Integer(yearText);
        if (year is null || year < 2000 || year >= currentYear)
        {
            problems.Add(PastResultMessages.YearInvalid(yearText, currentYear - 1));
            year = null;
        }

        var code = columns.Value(row, PastResultColumns.UnitCode);
        var name = columns.Value(row, PastResultColumns.UnitName);
        var (unit, unitProblem) = units.Find(code, name);
        if (unitProblem is not null)
        {
            problems.Add(unitProblem);
        }

        if (unit is { ClosedOn: { } closed } && year is { } resultYear && closed.Year <= resultYear)
        {
            problems.Add(PastResultMessages.UnitClosed(unit.Code, closed, resultYear));
        }

        var block = unit is null ? null : blocks[unit.BlockId];
        var blockText = columns.Value(row, PastResultColumns.Block);
        if (unit is not null && block is not null && blockText is not null && !PastResultValues.SameBlock(blockText, block))
        {
            problems.Add(PastResultMessages.OtherBlock(unit.Code, block.Name, blockText));
        }

        var indexText = columns.Value(row, PastResultColumns.Index);
        var index = PastResultValues.Number(indexText);
        if (index is null or < 0m or > 100m)
        {
            problems.Add(indexText is null ? PastResultMessages.IndexMissing : PastResultMessages.IndexInvalid(indexText));
            index = null;
        }
        else
        {
            // Published figures have two decimals; a spreadsheet's 91.249999999 is the 91.25 of the decision.
            index = ScoreRounding.ToPublished(index.Value);
        }

        var classText = columns.Value(row, PastResultColumns.Class);
        var classification = PastResultValues.Class(classText);
        if (classification is null)
        {
            problems.Add(classText is null
                ? PastResultMessages.ClassMissing
                : PastResultMessages.ClassInvalid(classText));
        }

        var rankText = columns.Value(row, PastResultColumns.Rank);
        var rank = PastResultValues.Integer(rankText);
        if (block is { IsRanked: false } && rankText is not null)
        {
            problems.Add(PastResultMessages.BlockNotRanked(block.Name));
            rank = null;
        }
        else if (block is { IsRanked: true } && rank is null or < 1)
        {
            problems.Add(rankText is null ? PastResultMessages.RankMissing : PastResultMessages.RankInvalid(rankText));
            rank = null;
        }

        var decision = columns.Value(row, PastResultColumns.Decision);
        if (decision is { Length: > PastDecisions.MaxNumberLength })
        {
            problems.Add(PastResultMessages.DecisionNumberTooLong(PastDecisions.MaxNumberLength));
        }

        var dateText = columns.Value(row, PastResultColumns.Date);
        var date = PastResultValues.Date(dateText);
        if (dateText is not null && date is null)
        {
            problems.Add(PastResultMessages.DecisionDateInvalid(dateText));
        }

        var signer = columns.Value(row, PastResultColumns.Signer);
        if (signer is { Length: > PastDecisions.MaxSignerLength })
        {
            problems.Add(PastResultMessages.SignerTooLong(PastDecisions.MaxSignerLength));
        }

        return new PastResultLine(row.Number, year, code ?? name, unit, block, index, classification, rank, decision, date, signer, problems);
    }

    /// <summary>Within a year: each unit once, ranks within the block's size, one decision for the whole year.</summary>
    private static void CheckYear(List<PastResultLine> lines)
    {
        foreach (var duplicate in lines.Where(l => l.Unit is not null).GroupBy(l => l.Unit!.Id).Where(g => g.Count() > 1))
        {
            foreach (var line in duplicate.Skip(1))
            {
                line.Problems.Add(PastResultMessages.UnitTwice(line.Unit!.Code, duplicate.First().Number, line.Year));
            }
        }

        foreach (var inBlock in lines.Where(l => l.Block is { IsRanked: true }).GroupBy(l => l.Block!.Id))
        {
            var count = inBlock.Count();
            foreach (var line in inBlock.Where(l => l.Rank > count))
            {
                line.Problems.Add(PastResultMessages.RankAboveCount(line.Rank, count));
            }
        }

        foreach (var inBlock in lines.Where(l => l.Block is { IsRanked: true } && l.Rank is not null && l.Index is not null).GroupBy(l => l.Block!.Id))
        {
            PastRankOrder.Check([.. inBlock]);
        }

        // A decision may be written on every row or on one; where written, it must be the same.
        Agree(lines, l => l.DecisionNumber, PastResultColumns.Decision);
        Agree(lines, l => l.DecisionDate, PastResultColumns.Date);
        Agree(lines, l => l.Signer, PastResultColumns.Signer);
    }

    private static void Agree<T>(List<PastResultLine> lines, Func<PastResultLine, T?> value, string what)
    {
        var first = lines.FirstOrDefault(l => value(l) is not null);
        foreach (var line in lines.Where(l => first is not null && l != first && value(l) is not null && !Equals(value(l), value(first!))))
        {
            line.Problems.Add(PastResultMessages.DecisionDiffers(first!.Number, line.Year, what));
        }
    }

    /// <summary>
    /// An imported result belongs to a framework like any other (the database requires it), although no criterion is
    /// known: the newest framework of the unit's kind, or the newest of all for kinds without one.
    /// </summary>
    private static async Task<IReadOnlyDictionary<BlockKind, Guid>> FrameworksAsync(IParIndexDb db, CancellationToken ct)
    {
        var all = await db.Frameworks.AsNoTracking().OrderByDescending(f => f.Version).ThenByDescending(f => f.Code)
            .Select(f => new { f.Id, f.BlockKind }).ToListAsync(ct);
        if (all.Count == 0)
        {
            return new Dictionary<BlockKind, Guid>();
        }

        return Enum.GetValues<BlockKind>().ToDictionary(kind => kind, kind => (all.FirstOrDefault(f => f.BlockKind == kind) ?? all[0]).Id);
    }

    /// <summary>A unit by its code, else by its name (accents, case and spacing aside), as long as the name is one unit's.</summary>
    private sealed class UnitLookup(IReadOnlyList<Unit> units)
    {
        private readonly Dictionary<string, Unit> _byCode = units.GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        private readonly ILookup<string, Unit> _byName = units.SelectMany(u => new[] { u.Name, u.ShortName }.OfType<string>().Select(n => (Name: DataImportColumns.Normalize(n), Unit: u)))
            .Distinct().ToLookup(x => x.Name, x => x.Unit, StringComparer.Ordinal);

        public (Unit? Unit, string? Problem) Find(string? code, string? name)
        {
            if (code is not null && _byCode.TryGetValue(code, out var byCode))
            {
                return (byCode, null);
            }

            // The unit column often holds the name itself, as the decision printed it.
            foreach (var text in new[] { name, code }.OfType<string>())
            {
                var matches = _byName[DataImportColumns.Normalize(text)].Distinct().ToList();
                if (matches.Count == 1)
                {
                    return (matches[0], null);
                }

                if (matches.Count > 1)
                {
                    return (null, PastResultMessages.NameOfMany(text, matches.Count, matches.Select(u => u.Code)));
                }
            }

            return (code, name) switch
            {
                (null, null) => (null, PastResultMessages.UnitMissing),
                (not null, _) => (null, PastResultMessages.NoUnitCode(code)),
                _ => (null, PastResultMessages.NoUnitName(name!)),
            };
        }
    }

    private static bool Untouched(PastResultColumns columns, TableRow row) =>
        columns.Value(row, PastResultColumns.Year) is null && columns.Value(row, PastResultColumns.Index) is null
        && columns.Value(row, PastResultColumns.Class) is null && columns.Value(row, PastResultColumns.Rank) is null;
}

/// <summary>A published result as the decision states it.</summary>
public sealed record PastFigures(decimal Index, Classification Classification, int? Rank);
