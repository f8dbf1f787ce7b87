using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Infrastructure.Office;

/// <summary>
/// The one set of cell styles every workbook the portal writes carries; a cell's <c>StyleIndex</c> is one of these.
/// Everything is top-aligned, so a row made taller by one wrapped cell still reads straight across.
/// </summary>
internal static class XlsxStyles
{
    public const uint Plain = 0;
    public const uint Bold = 1;
    public const uint Decimal2 = 2;
    public const uint Wrapped = 3;
    public const uint Title = 4;
    public const uint SignedInteger = 5;
    public const uint SignedDecimal2 = 6;

    /// <summary>A table's column header: bold, shaded, bordered and wrapped.</summary>
    public const uint ColumnHeader = 7;

    /// <summary>A whole number shown without decimals.</summary>
    public const uint Integer = 8;

    /// <summary>Styles whose text wraps, so a long one makes its row taller.</summary>
    public static bool Wraps(uint style) => style is Wrapped or ColumnHeader;

    public static void AddTo(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        var thin = new Border(
            new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin },
            new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin }, new DiagonalBorder());
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = 164, FormatCode = "+0;-0;0" },
                new NumberingFormat { NumberFormatId = 165, FormatCode = "+0.00;-0.00;0.00" })
            { Count = 2 },
            new Fonts(Font(11, bold: false), Font(11, bold: true), Font(14, bold: true)),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDE5F0" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border(), thin),
            // In the order of the constants above.
            new CellFormats(
                new CellFormat(Top()) { ApplyAlignment = true },
                new CellFormat(Top()) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(Top()) { NumberFormatId = 2, ApplyNumberFormat = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true },
                new CellFormat { FontId = 2, ApplyFont = true },
                new CellFormat(Top()) { NumberFormatId = 164, ApplyNumberFormat = true, ApplyAlignment = true },
                new CellFormat(Top()) { NumberFormatId = 165, ApplyNumberFormat = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center })
                { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true },
                new CellFormat(Top()) { NumberFormatId = 1, ApplyNumberFormat = true, ApplyAlignment = true }));

        static Alignment Top() => new() { Vertical = VerticalAlignmentValues.Top };
    }

    private static Font Font(double size, bool bold)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }
}
