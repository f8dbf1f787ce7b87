using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Application.Tests.DataImport;

/// <summary>Files of figures as people upload them: CSV text, or a workbook built with DocumentFormat.OpenXml.</summary>
internal static class DataFiles
{
    public static byte[] Csv(string text, bool bom = false) =>
        [.. (bom ? Encoding.UTF8.GetPreamble() : []), .. Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n"))];

    /// <summary>
    /// A workbook whose first sheet holds the rows: texts as shared strings, numbers as numbers, "=…" as a formula.
    /// A second sheet proves only the first is read.
    /// </summary>
    public static byte[] Xlsx(params string[][] rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            AddSheet(workbook, sheets, strings.SharedStringTable, "Kết quả", 1, rows);
            AddSheet(workbook, sheets, strings.SharedStringTable, "Ghi chú", 2, [["Không đọc trang này"]]);
        }

        return stream.ToArray();
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, SharedStringTable strings, string name, uint id, string[][] rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var text = rows[r][c];
                var cell = new Cell { CellReference = $"{(char)('A' + c)}{r + 1}" };
                if (text.StartsWith('='))
                {
                    cell.CellFormula = new CellFormula(text[1..]);
                }
                else if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
                {
                    cell.CellValue = new CellValue(text);
                }
                else
                {
                    strings.AppendChild(new SharedStringItem(new Text(text)));
                    cell.DataType = CellValues.SharedString;
                    cell.CellValue = new CellValue((strings.ChildElements.Count - 1).ToString(CultureInfo.InvariantCulture));
                }

                row.AppendChild(cell);
            }

            data.AppendChild(row);
        }

        part.Worksheet = new Worksheet(data);
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
    }
}
