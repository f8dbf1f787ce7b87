using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.HistoryImport;

/// <summary>One row of the file as read, with everything wrong with it; <see cref="Unit"/> is null when the code is unknown.</summary>
internal sealed record PastResultLine(
    int Number, int? Year, string? UnitCode, Unit? Unit, Block? Block, decimal? Index, Classification? Classification, int? Rank,
    string? DecisionNumber, DateOnly? DecisionDate, string? Signer, List<string> Problems);

/// <summary>
/// A file of past results checked against the portal: every row's problems (unknown unit, index outside 0–100,
/// unknown class, duplicate unit in a year, a rank where the block is not ranked or none where it is, a decision that
/// differs between rows of a year), and the file's own (missing columns, a year the portal already holds).
/// </summary>
internal sealed record PastResultSheet(IReadOnlyList<string> FileProblems, IReadOnlyList<PastResultLine> Lines, IReadOnlyDictionary<BlockKind, Guid> Frameworks)
{
    public bool CanImport => FileProblems.Count == 0 && Lines.Count > 0 && Lines.All(l => l.Problems.Count == 0);

    public static async Task<PastResultSheet> ReadAsync(IParIndexDb db, TableFile table, int currentYear, CancellationToken ct)
    {
        var (columns, columnProblems) = PastResultColumns.Find(table.Headers);
        if (columns is null)
        {
            return new PastResultSheet(columnProblems, [], new Dictionary<BlockKind, Guid>());
        }

        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var byCode = units.GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Id, ct);
        var heldYears = (await db.Periods.AsNoTracking().Select(p => p.Year).ToListAsync(ct)).ToHashSet();
        var frameworks = await FrameworksAsync(db, ct);

        var lines = table.Rows.Select(row => Read(columns, row, byCode, blocks, currentYear)).ToList();
        var fileProblems = new List<string>();
        foreach (var year in lines.Where(l => l.Year is not null).Select(l => l.Year!.Value).Distinct().Order())
        {
            var ofYear = lines.Where(l => l.Year == year).ToList();
            if (heldYears.Contains(year))
            {
                // The chain of publications cannot be rewritten: a year the portal holds is corrected by the council, not by a file.
                fileProblems.Add($"Năm {year} đã có kỳ đánh giá trên cổng; kết quả năm này không nhập từ tệp được.");
            }

            CheckYear(ofYear);
        }

        if (frameworks.Count == 0)
        {
            fileProblems.Add("Chưa có bộ chỉ số nào trên cổng; tạo bộ chỉ số trước khi nhập kết quả các năm trước.");
        }

        return new PastResultSheet(fileProblems, lines, frameworks);
    }

    private static PastResultLine Read(PastResultColumns columns, TableRow row, Dictionary<string, Unit> units, Dictionary<Guid, Block> blocks, int currentYear)
    {
        var problems = new List<string>();
        var yearText = columns.Value(row, "year");
        var year = PastResultValues.Integer(yearText);
        if (year is null || year < 2000 || year >= currentYear)
        {
            problems.Add($"Năm \"{yearText}\" không hợp lệ: cần một năm đã qua, từ 2000 đến {currentYear - 1}.");
            year = null;
        }

        var code = columns.Value(row, "unit");
        var unit = code is null ? null : units.GetValueOrDefault(code);
        var block = unit is null ? null : blocks[unit.BlockId];
        if (unit is null)
        {
            problems.Add(code is null ? "Thiếu mã đơn vị." : $"Không có đơn vị mã \"{code}\" trên cổng.");
        }

        var indexText = columns.Value(row, "index");
        var index = PastResultValues.Number(indexText);
        if (index is null or < 0m or > 100m)
        {
            problems.Add($"Chỉ số \"{indexText}\" không hợp lệ: cần một số từ 0 đến 100.");
            index = null;
        }

        var classText = columns.Value(row, "class");
        var classification = PastResultValues.Class(classText);
        if (classification is null)
        {
            problems.Add($"Xếp loại \"{classText}\" không hợp lệ: Xuất sắc, Tốt, Khá, Trung bình hoặc Yếu.");
        }

        var rankText = columns.Value(row, "rank");
        var rank = PastResultValues.Integer(rankText);
        if (block is { IsRanked: false } && rankText is not null)
        {
            problems.Add($"Khối \"{block.Name}\" không xếp hạng: để trống cột Hạng.");
            rank = null;
        }
        else if (block is { IsRanked: true } && rank is null or < 1)
        {
            problems.Add(rankText is null ? "Thiếu hạng." : $"Hạng \"{rankText}\" không hợp lệ: cần số nguyên từ 1.");
            rank = null;
        }

        var decision = columns.Value(row, "decision");
        var dateText = columns.Value(row, "date");
        var date = PastResultValues.Date(dateText);
        if (decision is null)
        {
            problems.Add("Thiếu số quyết định công bố.");
        }
        else if (decision.Length > 100)
        {
            problems.Add("Số quyết định tối đa 100 ký tự.");
        }

        if (date is null)
        {
            problems.Add(dateText is null ? "Thiếu ngày quyết định." : $"Ngày quyết định \"{dateText}\" không hợp lệ (dd/MM/yyyy).");
        }

        var signer = columns.Value(row, "signer");
        if (signer is { Length: > 200 })
        {
            problems.Add("Người ký tối đa 200 ký tự.");
        }

        return new PastResultLine(row.Number, year, code, unit, block, index, classification, rank, decision, date, signer, problems);
    }

    /// <summary>Within a year: each unit once, ranks within the block's size, one decision for the whole year.</summary>
    private static void CheckYear(List<PastResultLine> lines)
    {
        foreach (var duplicate in lines.Where(l => l.Unit is not null).GroupBy(l => l.Unit!.Id).Where(g => g.Count() > 1))
        {
            foreach (var line in duplicate.Skip(1))
            {
                line.Problems.Add($"Đơn vị \"{line.UnitCode}\" đã có ở dòng {duplicate.First().Number} của năm {line.Year}.");
            }
        }

        foreach (var inBlock in lines.Where(l => l.Block is { IsRanked: true }).GroupBy(l => l.Block!.Id))
        {
            var count = inBlock.Count();
            foreach (var line in inBlock.Where(l => l.Rank > count))
            {
                line.Problems.Add($"Hạng {line.Rank} lớn hơn số đơn vị của khối trong năm ({count}).");
            }
        }

        var first = lines.FirstOrDefault(l => l.DecisionNumber is not null && l.DecisionDate is not null);
        foreach (var line in lines.Where(l => first is not null && l != first && l.DecisionNumber is not null && l.DecisionDate is not null
                     && (l.DecisionNumber != first.DecisionNumber || l.DecisionDate != first.DecisionDate || l.Signer != first.Signer)))
        {
            line.Problems.Add($"Quyết định khác dòng {first!.Number}: mọi dòng của năm {line.Year} phải cùng số, ngày quyết định và người ký.");
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
}
