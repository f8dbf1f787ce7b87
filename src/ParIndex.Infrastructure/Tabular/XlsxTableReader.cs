using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.Application.DataImport;

namespace ParIndex.Infrastructure.Tabular;

/// <summary>
/// Reads the first sheet of an .xlsx, row by row so a large sheet never sits in memory as a whole document. Like the
/// framework import it refuses bomb-like packages before opening them and cells holding formulas (formula injection;
/// the figures must be values people can check).
/// </summary>
internal static class XlsxTableReader
{
    public const long MaxUncompressedBytes = 50L * 1024 * 1024;

    /// <summary>Cells further right are ignored: no table of figures is that wide, and a stray far cell must not cost memory.</summary>
    public const int MaxColumns = 256;

    private const string NotAWorkbook = "Tệp không phải bảng tính Excel (.xlsx) hợp lệ.";
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static readonly XmlReaderSettings Safe = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    public static TableReadResult Read(byte[] content)
    {
        using var buffer = new MemoryStream(content, writable: false);
        if (Refusal(buffer) is { } refusal)
        {
            return TableReadResult.Failed(refusal);
        }

        buffer.Position = 0;
        try
        {
            using var document = SpreadsheetDocument.Open(buffer, isEditable: false);
            var workbook = document.WorkbookPart ?? throw new InvalidDataException();
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                return TableReadResult.Failed("Bảng tính không có trang nào.");
            }

            var strings = SharedStrings(workbook.SharedStringTablePart);
            var rows = new List<(int, IReadOnlyList<string>)>();
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            using var reader = XmlReader.Create(stream, Safe);
            foreach (var row in Elements(reader, "row"))
            {
                var number = (int?)row.Attribute("r") ?? (rows.Count == 0 ? 1 : rows[^1].Item1 + 1);
                var (cells, formulaAt) = Cells(row, strings);
                if (formulaAt is not null)
                {
                    return TableReadResult.Failed($"Ô {formulaAt} chứa công thức: chỉ nhận giá trị (sao chép rồi dán dạng giá trị).");
                }

                // A memory guard only: blank rows do not count, so the exact limit is applied when assembling.
                if (rows.Count > 2 * TableFileLimits.MaxRows)
                {
                    return TableFileReader.TooManyRows();
                }

                rows.Add((number, cells));
            }

            return TableFileReader.Assemble(rows);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or FileFormatException
                                       or InvalidOperationException or XmlException or FormatException or ArgumentException)
        {
            return TableReadResult.Failed(NotAWorkbook);
        }
    }

    /// <summary>Same guard as the framework import: too many entries or too much once unzipped means a bomb, not a table.</summary>
    private static string? Refusal(MemoryStream buffer)
    {
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            return zip.Entries.Count > 1000 || zip.Entries.Sum(e => e.Length) > MaxUncompressedBytes
                ? "Tệp quá lớn khi giải nén (trên 50 MB) nên bị từ chối."
                : null;
        }
        catch (InvalidDataException)
        {
            return NotAWorkbook;
        }
    }

    private static (IReadOnlyList<string> Cells, string? FormulaAt) Cells(XElement row, string[] strings)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements(Main + "c"))
        {
            var reference = (string?)cell.Attribute("r");
            if (cell.Element(Main + "f") is not null)
            {
                return (cells, reference ?? "?");
            }

            var column = reference is null ? cells.Count : ColumnIndex(reference);
            if (column >= MaxColumns)
            {
                continue;
            }

            while (cells.Count <= column)
            {
                cells.Add(string.Empty);
            }

            cells[column] = Text(cell, strings);
        }

        return (cells, null);
    }

    private static string Text(XElement cell, string[] strings)
    {
        var value = cell.Element(Main + "v")?.Value ?? string.Empty;
        return (string?)cell.Attribute("t") switch
        {
            "s" => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Length
                ? strings[index]
                : string.Empty,
            "inlineStr" => RichText(cell.Element(Main + "is")),
            "b" => value == "1" ? "TRUE" : "FALSE",
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
