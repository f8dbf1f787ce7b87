using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ParIndex.Infrastructure.Office;

/// <summary>How a paragraph looks. Sizes are in half-points (26 = 13 pt), spacing and indents in twentieths of a point.</summary>
internal sealed record TextFormat(
    bool Bold = false, bool Italic = false, int Size = WordElements.BodySize, JustificationValues? Align = null, int Before = 0,
    int After = 120, int FirstLine = 0, bool KeepNext = false, string? Color = null, int Line = 264)
{
    public static TextFormat Body { get; } = new(Align: JustificationValues.Both, FirstLine: 567);

    public static TextFormat Plain { get; } = new();

    public static TextFormat Centered { get; } = new(Align: JustificationValues.Center, After: 0, Line: 240);

    public static TextFormat Heading { get; } = new(Bold: true, Before: 120, KeepNext: true, Align: JustificationValues.Both);

    /// <summary>Table text: a size smaller, no space after.</summary>
    public static TextFormat Cell { get; } = new(Size: WordElements.TableSize, After: 0, Line: 240);

    public TextFormat Center => this with { Align = JustificationValues.Center };

    public TextFormat Right => this with { Align = JustificationValues.Right };

    public TextFormat Strong => this with { Bold = true };
}

/// <summary>
/// The pieces of an administrative document (Decree 30/2020): Times New Roman 13 on A4, margins 20/20/30/15 mm,
/// justified paragraphs with a 1 cm first-line indent, page numbers centred at the top from page 2, tables with
/// single borders. Every text passes through <see cref="OfficeText.Clean"/>.
/// </summary>
internal static class WordElements
{
    public const string Font = "Times New Roman";
    public const int BodySize = 26;
    public const int TableSize = 22;

    /// <summary>A4 width less the 30 mm left and 15 mm right margins, in twips.</summary>
    public const int TextWidth = 11906 - 1701 - 851;

    /// <summary>A4 landscape (for wide tables) less the 20 mm left and 15 mm right margins, in twips.</summary>
    public const int LandscapeTextWidth = 16838 - 1134 - 851;

    public static byte[] Create(Action<Body> write) => Create([(write, false)]);

    /// <summary>
    /// A document of one or more sections, each portrait or landscape, each starting on a new page with its own page
    /// numbers (from 1, not shown on its first page): an annex after its decision.
    /// </summary>
    public static byte[] Create(IReadOnlyList<(Action<Body> Write, bool Landscape)> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            var body = new Body();
            main.Document = new Document(body);
            var headers = Headers(main);
            for (var i = 0; i < sections.Count; i++)
            {
                sections[i].Write(body);
                var properties = Section(headers, sections[i].Landscape);
                if (i < sections.Count - 1)
                {
                    // A section ends with the paragraph that carries its properties.
                    body.Append(new Paragraph(new ParagraphProperties(properties)));
                    continue;
                }

                if (body.LastChild is Table)
                {
                    // A document cannot end on a table: the paragraph after it is made tiny so it never spills onto a page of its own.
                    body.Append(new Paragraph(new ParagraphProperties(
                        new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact },
                        new ParagraphMarkRunProperties(new FontSize { Val = "2" }))));
                }

                body.Append(properties);
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    public static Paragraph Para(string? text, TextFormat format) => Para(format, Run(text, format));

    public static Paragraph Para(TextFormat format, params Run[] runs)
    {
        var properties = new ParagraphProperties();
        if (format.KeepNext)
        {
            properties.Append(new KeepNext());
        }

        properties.Append(new SpacingBetweenLines
        {
            Before = S(format.Before),
            After = S(format.After),
            Line = S(format.Line),
            LineRule = LineSpacingRuleValues.Auto,
        });
        if (format.FirstLine > 0)
        {
            properties.Append(new Indentation { FirstLine = S(format.FirstLine) });
        }

        if (format.Align is { } align)
        {
            properties.Append(new Justification { Val = align });
        }

        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>One paragraph per line of a person's text (a report section, an explanation).</summary>
    public static IEnumerable<Paragraph> Paras(string? text, TextFormat format) =>
        OfficeText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n')
            .Where(line => line.Trim().Length > 0).Select(line => Para(line.Trim(), format));

    public static Run Run(string? text, TextFormat format)
    {
        var properties = new RunProperties();
        if (format.Bold)
        {
            properties.Append(new Bold());
        }

        if (format.Italic)
        {
            properties.Append(new Italic());
        }

        if (format.Color is { } color)
        {
            properties.Append(new Color { Val = color });
        }

        if (format.Size != BodySize)
        {
            var size = S(format.Size);
            properties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        }

        return new Run(properties, new Text(OfficeText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>A short centred rule under a heading line, as wide as <paramref name="width"/> twips in a column of <paramref name="column"/>.</summary>
    public static Paragraph Rule(int column, int width)
    {
        var indent = S(Math.Max(0, (column - width) / 2));
        return new Paragraph(new ParagraphProperties(
            new ParagraphBorders(new TopBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            new SpacingBetweenLines { Before = "20", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
            new Indentation { Left = indent, Right = indent },
            new ParagraphMarkRunProperties(new FontSize { Val = "8" })));
    }

    public static Table Table(int[] widths, bool borders)
    {
        var properties = new TableProperties(
            new TableWidth { Width = S(widths.Sum()), Type = TableWidthUnitValues.Dxa });
        if (borders)
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new LeftBorder { Val = BorderValues.Single, Size = 4 },
                new BottomBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }));
            properties.Append(new TableCellMarginDefault(
                new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }));
        }
        else
        {
            properties.Append(new TableBorders(
                new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None },
                new InsideVerticalBorder { Val = BorderValues.None }));
            properties.Append(new TableCellMarginDefault(
                new TableCellLeftMargin { Width = 0, Type = TableWidthValues.Dxa }, new TableCellRightMargin { Width = 0, Type = TableWidthValues.Dxa }));
        }

        properties.InsertAfter(new TableLayout { Type = TableLayoutValues.Fixed }, properties.GetFirstChild<TableBorders>());
        return new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = S(w) })));
    }

    /// <summary>The column headings, repeated on every page the table runs over.</summary>
    public static TableRow HeaderRow(int[] widths, params string[] titles) =>
        new([new TableRowProperties(new TableHeader(), new CantSplit()),
            .. titles.Select((t, i) => Cell(widths[i], [Para(t, TextFormat.Cell.Strong.Center)], fill: "DDE5F0"))]);

    public static TableRow Row(params TableCell[] cells) => new([new TableRowProperties(new CantSplit()), .. cells]);

    public static TableCell Cell(int width, IEnumerable<Paragraph> content, int span = 1, string? fill = null)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = S(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        var paragraphs = content.ToList();
        // A cell must end with a paragraph, even an empty one.
        return new TableCell([properties, .. paragraphs.Count == 0 ? [new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }))] : paragraphs]);
    }

    public static TableCell Cell(int width, string? text, TextFormat format, int span = 1, string? fill = null) =>
        Cell(width, [Para(text, format)], span, fill);

    private static string S(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = S(BodySize) },
                    new FontSizeComplexScript { Val = S(BodySize) },
                    new Languages { Val = "vi-VN", EastAsia = "vi-VN", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "264", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
    }

    /// <summary>The two headers every section uses: the page number centred at the top, and nothing on a first page.</summary>
    private static (string Numbered, string First) Headers(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }, new SpacingBetweenLines { After = "0" }),
            new SimpleField(new Run(new Text("2"))) { Instruction = " PAGE " }));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        return (main.GetIdOfPart(numbered), main.GetIdOfPart(first));
    }

    /// <summary>A4 portrait (or landscape); page numbers centred at the top from 1, not on the section's first page.</summary>
    private static SectionProperties Section((string Numbered, string First) headers, bool landscape) =>
        new(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = headers.Numbered },
            new HeaderReference { Type = HeaderFooterValues.First, Id = headers.First },
            new SectionType { Val = SectionMarkValues.NextPage },
            landscape
                ? new PageSize { Width = 16838, Height = 11906, Orient = PageOrientationValues.Landscape }
                : new PageSize { Width = 11906, Height = 16838 },
            landscape
                ? new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 851, Header = 567, Footer = 567, Gutter = 0 }
                : new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 851, Header = 567, Footer = 567, Gutter = 0 },
            new PageNumberType { Start = 1 },
            new TitlePage());
}
