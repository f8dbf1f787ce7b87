using ParIndex.Application.Common;

namespace ParIndex.Application.DataImport;

/// <summary>
/// Finds the columns of a file of figures by their headers, ignoring case, accents, spaces and punctuation, so
/// "Mã đơn vị", "MaDonVi" and "ma_don_vi" are the same column. Value columns are keyed as the inputs JSON names them.
/// </summary>
internal sealed class DataImportColumns
{
    public const string Rate = "rate";
    public const string Numerator = "numerator";
    public const string Denominator = "denominator";

    /// <summary>Survey answer options, counted per respondent's choice.</summary>
    public static readonly IReadOnlyList<string> Options = ["A", "B", "C", "D", "E"];

    private static readonly string[] UnitHeaders = ["madonvi", "unit", "unitcode"];
    private static readonly string[] CriterionHeaders = ["matieuchi", "criterion", "criterioncode"];

    /// <summary>The names the templates print beside the codes, for people to read: not figures, so not "ignored" either.</summary>
    private static readonly string[] NameHeaders = ["tendonvi", "tentieuchi", "unitname", "criterionname"];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["tyle"] = Rate,
        ["tuso"] = Numerator,
        ["mauso"] = Denominator,
    };

    private readonly Dictionary<string, int> _values;

    private DataImportColumns(int unit, int criterion, Dictionary<string, int> values)
    {
        Unit = unit;
        Criterion = criterion;
        _values = values;
    }

    public int Unit { get; }

    public int Criterion { get; }

    /// <summary>
    /// The columns, or the problems that make the file unusable (no unit or criterion column, a column twice).
    /// <paramref name="knownKeys"/> are the value keys some criterion of the period reads; other columns are listed as ignored.
    /// </summary>
    public static (DataImportColumns? Columns, IReadOnlyList<string> Problems, IReadOnlyList<string> Ignored) Find(
        IReadOnlyList<string> headers, IEnumerable<string> knownKeys)
    {
        var known = knownKeys.Select(Normalize).Concat(Options.Select(Normalize)).Append(Rate).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        var ignored = new List<string>();
        int unit = -1, criterion = -1;
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            var name = Normalize(headers[i]);
            name = Aliases.GetValueOrDefault(name, name);
            if (name.Length == 0 || NameHeaders.Contains(name))
            {
                continue;
            }

            if (UnitHeaders.Contains(name) || CriterionHeaders.Contains(name))
            {
                var isUnit = UnitHeaders.Contains(name);
                var taken = isUnit ? unit : criterion;
                if (taken >= 0)
                {
                    problems.Add(DataImportMessages.ColumnRepeats(headers[i], headers[taken]));
                }

                (unit, criterion) = isUnit ? (i, criterion) : (unit, i);
            }
            else if (!known.Contains(name))
            {
                ignored.Add(headers[i]);
            }
            else if (!values.TryAdd(name, i))
            {
                problems.Add(DataImportMessages.ColumnRepeats(headers[i], headers[values[name]]));
            }
        }

        if (unit < 0)
        {
            problems.Add(DataImportMessages.UnitColumnMissing);
        }

        if (criterion < 0)
        {
            problems.Add(DataImportMessages.CriterionColumnMissing);
        }

        if (problems.Count == 0 && values.Count == 0)
        {
            problems.Add(DataImportMessages.NoValueColumn);
        }

        return (problems.Count == 0 ? new DataImportColumns(unit, criterion, values) : null, problems, ignored);
    }

    /// <summary>The trimmed text of a value in this row, or null when the file has no such column or the cell is empty.</summary>
    public string? Value(TableRow row, string key) => _values.TryGetValue(Normalize(key), out var column) ? row.Cell(column) : null;

    /// <summary>"Mã đơn vị" → "madonvi": headers compare as searches do.</summary>
    public static string Normalize(string header) => SearchText.Fold(header);
}
