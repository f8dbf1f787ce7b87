using ParIndex.Application.Common;
using ParIndex.Application.DataImport;

namespace ParIndex.Application.Units;

/// <summary>
/// The columns of a file of mergers, found by their headers whatever the case, accents or spacing ("Mã đơn vị cũ",
/// "ma_don_vi_cu", "OldCode"). One row per unit that is merged away: a resolution merging three communes into one is
/// three rows with the same new code, so each problem points at one unit's row. Two optional columns describe a receiving
/// unit the resolution creates (its name and block), which the confirmation creates before merging into it.
/// </summary>
internal static class BulkMergeColumns
{
    public const int Old = 0;
    public const int New = 1;
    public const int Date = 2;
    public const int Decision = 3;
    public const int NewName = 4;
    public const int NewBlock = 5;

    /// <summary>Where an optional column absent from the file is: nowhere.</summary>
    public const int Absent = -1;

    /// <summary>In the template's order; the index is the constant above.</summary>
    public static readonly (string Label, string[] Headers)[] Known =
    [
        ("Mã đơn vị cũ", ["madonvicu", "oldcode", "oldunit", "predecessor"]),
        ("Mã đơn vị mới", ["madonvimoi", "newcode", "newunit", "successor"]),
        ("Ngày hiệu lực", ["ngayhieuluc", "effectiveon", "effectivedate"]),
        ("Số quyết định", ["soquyetdinh", "quyetdinh", "decision", "decisionreference"]),
        ("Tên đơn vị mới", ["tendonvimoi", "newname", "successorname"]),
        ("Khối của đơn vị mới", ["khoicuadonvimoi", "khoidonvimoi", "khoi", "newblock", "block"]),
    ];

    /// <summary>The columns a file may leave out: needed only for a receiving unit that does not exist yet.</summary>
    private static bool IsOptional(int column) => column >= NewName;

    /// <summary>The column as the preview and its messages name it, in the reader's language.</summary>
    public static string Label(int column) => BulkMergeMessages.Column(column);

    /// <summary>Where each column is in the file, or what is wrong with the header row.</summary>
    public static (int[]? Positions, IReadOnlyList<string> Problems) Find(IReadOnlyList<string> headers)
    {
        var folded = headers.Select(SearchText.Fold).ToList();
        var positions = new int[Known.Length];
        var problems = new List<string>();
        for (var c = 0; c < Known.Length; c++)
        {
            var names = Known[c].Headers;
            var matches = folded.Select((h, i) => (h, i)).Where(x => names.Contains(x.h, StringComparer.Ordinal)).Select(x => x.i).ToList();
            if (matches.Count == 0 && IsOptional(c))
            {
                positions[c] = Absent;
            }
            else if (matches.Count == 0)
            {
                problems.Add(ImportMessages.MissingColumn(Label(c)));
            }
            else if (matches.Count > 1)
            {
                problems.Add(ImportMessages.ColumnTwice(Label(c), matches.Count));
            }
            else
            {
                positions[c] = matches[0];
            }
        }

        return problems.Count == 0 ? (positions, problems) : (null, problems);
    }
}
