using ParIndex.Application.DataImport;

namespace ParIndex.Application.HistoryImport;

/// <summary>
/// The columns of a file of past published results, found by their headers whatever the case, accents or spacing
/// ("Năm", "nam", "Year"). A unit is named by its code or, failing that, its name. The decision's number, date and
/// signer may repeat on the rows of a year (one file can hold many years) or be entered on the page instead.
/// </summary>
internal sealed class PastResultColumns
{
    public const string Year = "year";
    public const string UnitCode = "unit";
    public const string UnitName = "name";
    public const string Block = "block";
    public const string Index = "index";
    public const string Class = "class";
    public const string Rank = "rank";
    public const string Decision = "decision";
    public const string Date = "date";
    public const string Signer = "signer";

    /// <summary>In the template's order.</summary>
    private static readonly (string Key, string Label, bool Required, string[] Headers)[] Known =
    [
        (Year, "Năm", true, ["nam", "year"]),
        (UnitCode, "Mã đơn vị", false, ["madonvi", "unit", "unitcode", "code"]),
        (UnitName, "Tên đơn vị", false, ["tendonvi", "donvi", "unitname", "name"]),
        (Block, "Khối", false, ["khoi", "block"]),
        (Index, "Chỉ số", true, ["chiso", "diem", "index", "score"]),
        (Class, "Xếp loại", true, ["xeploai", "classification", "class"]),
        (Rank, "Hạng", false, ["hang", "xephang", "thuhang", "rank"]),
        (Decision, "Số quyết định", false, ["soquyetdinh", "quyetdinh", "decision", "decisionnumber"]),
        (Date, "Ngày quyết định", false, ["ngayquyetdinh", "decisiondate", "date"]),
        (Signer, "Người ký", false, ["nguoiky", "signer"]),
    ];

    private readonly Dictionary<string, int> _columns;

    private PastResultColumns(Dictionary<string, int> columns) => _columns = columns;

    /// <summary>The column headers a template file starts with.</summary>
    public static IReadOnlyList<string> TemplateHeaders { get; } = [.. Known.Select(k => k.Label)];

    public static (PastResultColumns? Columns, IReadOnlyList<string> Problems) Find(IReadOnlyList<string> headers)
    {
        var normalized = headers.Select(DataImportColumns.Normalize).ToList();
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var problems = new List<string>();
        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _, required, names) in Known)
        {
            var matches = normalized.Select((h, i) => (h, i)).Where(x => names.Contains(x.h, StringComparer.Ordinal)).Select(x => x.i).ToList();
            if (matches.Count > 1)
            {
                problems.Add(ImportMessages.ColumnTwice(PastResultMessages.Column(key), matches.Count));
                repeated.Add(key);
            }
            else if (matches.Count == 1)
            {
                found[key] = matches[0];
            }
            else if (required)
            {
                problems.Add(ImportMessages.MissingColumn(PastResultMessages.Column(key)));
            }
        }

        if (!found.ContainsKey(UnitCode) && !found.ContainsKey(UnitName) && !repeated.Contains(UnitCode))
        {
            problems.Add(PastResultMessages.UnitColumnMissing);
        }

        return problems.Count > 0 ? (null, problems) : (new PastResultColumns(found), []);
    }

    public bool Has(string key) => _columns.ContainsKey(key);

    public string? Value(TableRow row, string key) => _columns.TryGetValue(key, out var column) ? row.Cell(column) : null;
}
