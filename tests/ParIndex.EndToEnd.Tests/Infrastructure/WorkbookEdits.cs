using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.EndToEnd.Tests.Infrastructure;

/// <summary>What a person does to a downloaded framework workbook in Excel before uploading it again.</summary>
public static class WorkbookEdits
{
    public static void SetHeaderValue(string path, string label, string value)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Khung");
        var rows = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>();
        var row = rows.Single(r => r.Elements<Cell>().First().InnerText == label);
        var cell = row.Elements<Cell>().ElementAt(1);
        cell.RemoveAllChildren();
        cell.DataType = CellValues.InlineString;
        cell.Append(new InlineString(new Text(value)));
    }
}
