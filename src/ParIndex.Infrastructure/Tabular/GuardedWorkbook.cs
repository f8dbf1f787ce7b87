using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Application.DataImport;

namespace ParIndex.Infrastructure.Tabular;

/// <summary>One row of a sheet: its 1-based number, each cell's text by 0-based column, and the columns holding a formula.</summary>
internal sealed record WorkbookRow(int Number, IReadOnlyList<string> Cells, IReadOnlyList<int> FormulaColumns)
{
    /// <summary>The cell as Excel names it, such as "B2".</summary>
    public string CellName(int column) => GuardedWorkbook.ColumnName(column) + Number.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// The one way an uploaded .xlsx is opened, whatever it imports (tables of figures, units, accounts, frameworks): a
/// bomb-like package is refused before it is parsed, sheets are read row by row so a large one never sits in memory as a
/// whole document, and cells holding formulas are reported (formula injection; figures must be values people can check).
/// </summary>
internal sealed class GuardedWorkbook
{
    public const long MaxUncompressedBytes = 50L * 1024 * 1024;
    public const int MaxEntries = 1000;

    /// <summary>Cells further right are ignored: no table people fill in is that wide, and a stray far cell must not cost memory.</summary>
    public const int MaxColumns = 256;

    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    private readonly WorkbookPart _workbook;
    private readonly string[] _strings;
    private readonly (string True, string False) _booleans;

    private GuardedWorkbook(WorkbookPart workbook, (string True, string False) booleans)
    {
        _workbook = workbook;
        _booleans = booleans;
        _strings = SharedStrings(workbook.SharedStringTablePart);
    }

    /// <summary>
    /// Opens the workbook and gives it to <paramref name="read"/>; a bomb or a file that is not a workbook (found while
    /// opening or while reading) comes back through <paramref name="refused"/> with the message to show. TRUE and FALSE
    /// cells read as <paramref name="booleans"/> (by default "TRUE" and "FALSE").
    /// </summary>
    public static T Read<T>(byte[] content, Func<GuardedWorkbook, T> read, Func<string, T> refused, (string True, string False)? booleans = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream(content, writable: false);
        if (Refusal(buffer) is { } refusal)
        {
            return refused(refusal);
        }

        buffer.Position = 0;
        try
        {
            using var document = SpreadsheetDocument.Open(buffer, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException();
            return read(new GuardedWorkbook(workbook, booleans ?? ("TRUE", "FALSE")));
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException
                                       or InvalidOperationException or XmlException or FormatException or ArgumentException)
        {
            return refused(TableFileMessages.NotAWorkbook);
        }
    }

    /// <summary>The rows of the sheet of that name (case ignored), or of the first sheet when no name is given; null when there is no such sheet.</summary>
    public IEnumerable<WorkbookRow>? Sheet(string? name = null)
    {
        var sheets = _workbook.Workbook.Sheets?.Elements<Sheet>() ?? [];
        var sheet = name is null
            ? sheets.FirstOrDefault()
            : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, name, StringComparison.OrdinalIgnoreCase));
        return sheet?.Id?.Value is { } id && _workbook.GetPartById(id) is WorksheetPart part ? Rows(part) : null;
    }

    /// <summary>A, B, …, Z, AA, AB, … for the 0-based column.</summary>
    public static string ColumnName(int index) =>
        index < 26 ? ((char)('A' + index)).ToString() : ColumnName((index / 26) - 1) + (char)('A' + (index % 26));

    /// <summary>Too many entries or too much once unzipped means a bomb, not a table.</summary>
    private static string? Refusal(MemoryStream buffer)
    {
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries.Count > MaxEntries || zip.Entries.Sum(e => e.Length) > MaxUncompressedBytes
                ? TableFileMessages.Bomb(MaxUncompressedBytes)
                : null;
        }
        catch (InvalidDataException)
        {
            return TableFileMessages.NotAWorkbook;
        }
    }

    private IEnumerable<WorkbookRow> Rows(WorksheetPart part)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, Safe);
        var previous = 0;
        foreach (var row in Elements(reader, "row"))
        {
            var number = (int?)row.Attribute("r") ?? previous + 1;
            previous = number;
            yield return Cells(number, row);
        }
    }

    private WorkbookRow Cells(int number, XElement row)
    {
        var cells = new List<string>();
        var formulas = new List<int>();
        foreach (var cell in row.Elements(Main + "c"))
        {
            var reference = (string?)cell.Attribute("r");
            var column = reference is null ? cells.Count : ColumnIndex(reference);
            if (column >= MaxColumns)
            {
                continue;
            }

            while (cells.Count <= column)
            {
                cells.Add(string.Empty);
            }

            if (cell.Element(Main + "f") is not null)
            {
                formulas.Add(column);
                continue;
            }

            cells[column] = Text(cell);
        }

        return new WorkbookRow(number, cells, formulas);
    }

    private string Text(XElement cell)
    {
        var value = cell.Element(Main + "v")?.Value ?? string.Empty;
        return (string?)cell.Attribute("t") switch
        {
            "s" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < _strings.Length
                ? _strings[index]
                : string.Empty,
            "inlineStr" => RichText(cell.Element(Main + "is")),
            "b" => value == "1" ? _booleans.True : _booleans.False,
            _ => value,
        };
    }

    private static string[] SharedStrings(SharedStringTablePart? part)
    {
        if (part is null)
        {
            return [];
        }

        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var reader = XmlReader.Create(stream, Safe);
        return [.. Elements(reader, "si").Select(RichText)];
    }

    /// <summary>The text of a string item, its runs joined; phonetic hints (rPh) are not part of the value.</summary>
    private static string RichText(XElement? item) =>
        item is null ? string.Empty : string.Concat(item.Descendants(Main + "t").Where(t => t.Parent?.Name != Main + "rPh").Select(t => t.Value));

    /// <summary>Each element of that name, loaded one at a time.</summary>
    private static IEnumerable<XElement> Elements(XmlReader reader, string localName)
    {
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && reader.NamespaceURI == Main.NamespaceName)
            {
                yield return (XElement)XNode.ReadFrom(reader);
            }
            else
            {
                reader.Read();
            }
        }
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = Math.Min((index * 26) + (char.ToUpperInvariant(c) - 'A' + 1), int.MaxValue / 32);
        }

        return index - 1;
    }
}
