using ParIndex.Application.DataImport;

namespace ParIndex.Application.HistoryImport;

/// <summary>
/// The columns of a file of past published results, found by their headers whatever the case, accents or spacing
/// ("Năm", "nam", "Year"). The decision's number and date repeat on each row of a year: one file can hold many years.
/// </summary>
internal sealed class PastResultColumns
{
    private static readonly (string Key, string Label, bool Required, string[] Headers)[] Known =
    [
        ("year", "Năm", true, ["nam", "year"]),
        ("unit", "Mã đơn vị", true, ["madonvi", "unit", "unitcode"]),
        ("index", "Chỉ số", true, ["chiso", "diem", "index", "score"]),
        ("class", "Xếp loại", true, ["xeploai", "classification", "class"]),
        ("rank", "Hạng", false, ["hang", "xephang", "thuhang", "rank"]),
        ("decision", "Số quyết định", true, ["soquyetdinh", "quyetdinh", "decision", "decisionnumber"]),
        ("date", "Ngày quyết định", true, ["ngayquyetdinh", "decisiondate", "date"]),
        ("signer", "Người ký", false, ["nguoiky", "signer"]),
    ];

    private readonly Dictionary<string, int> _columns;

    private PastResultColumns(Dictionary<string, int> columns) => _columns = columns;

    /// <summary>The column headers a template file starts with.</summary>
    public static IReadOnlyList<string> TemplateHeaders { get; } = [.. Known.Select(k => k.Label).Take(5).Append("Tên đơn vị").Concat(Known.Skip(5).Select(k => k.Label))];

    public static (PastResultColumns? Columns, IReadOnlyList<string> Problems) Find(IReadOnlyList<string> headers)
    {
        var normalized = headers.Select(DataImportColumns.Normalize).ToList();
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (key, label, required, names) in Known)
        {
            var matches = normalized.Select((h, i) => (h, i)).Where(x => names.Contains(x.h, StringComparer.Ordinal)).Select(x => x.i).ToList();
            if (matches.Count > 1)
            {
                problems.Add($"Cột \"{label}\" xuất hiện {matches.Count} lần.");
            }
            else if (matches.Count == 1)
            {
                found[key] = matches[0];
            }
            else if (required)
            {
                problems.Add($"Thiếu cột \"{label}\".");
            }
        }

        return problems.Count > 0 ? (null, problems) : (new PastResultColumns(found), []);
    }

    public string? Value(TableRow row, string key) => _columns.TryGetValue(key, out var column) ? row.Cell(column) : null;
}
