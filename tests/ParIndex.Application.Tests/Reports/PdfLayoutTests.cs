using System.Globalization;
using System.Text;
using ParIndex.Infrastructure.Pdf;
using Xunit.Abstractions;

namespace ParIndex.Application.Tests.Reports;

/// <summary>
/// The generic PDF layer on its own: tables over pages with their header repeated, rows split between lines, headings
/// kept with what follows, page numbers, Vietnamese (NFD input included) read back as written.
/// </summary>
public sealed class PdfLayoutTests(ITestOutputHelper output)
{
    private const string RowPrefix = "Ủy ban nhân dân xã số ";

    private static readonly Lazy<PdfFonts> SharedFonts = new(PdfFonts.Discover);

    private static PdfFonts Fonts => SharedFonts.Value;

    [Fact]
    public void Table_120Rows_RunsOverThreePagesWithTheHeaderRepeatedAndEveryRowOnceInOrder()
    {
        var table = new PdfTable([new("STT", 0.1f, PdfAlign.Right), new("Đơn vị", 0.6f), new("Chỉ số", 0.3f, PdfAlign.Right)]);
        for (var i = 1; i <= 120; i++)
        {
            table.Add(i.ToString(CultureInfo.InvariantCulture), RowPrefix + i.ToString(CultureInfo.InvariantCulture), (100m - (i / 4m)).ToString("0.00", CultureInfo.GetCultureInfo("vi-VN")));
        }

        var builder = new PdfDocumentBuilder(Fonts, PdfPageSetup.A4Portrait, new PdfDocumentInfo("Bảng thử")) { FooterText = "Chân trang thử" };
        builder.Heading("Bảng thử 120 dòng").Table(table);

        var result = builder.Build();

        Assert.True(PdfText.StartsLikePdf(result.Content));
        Assert.Equal(3, result.PageCount);
        Assert.Equal(result.PageCount, PdfText.PageCount(result.Content));
        foreach (var page in result.Layout.Pages)
        {
            Assert.Contains("Đơn vị", page.Lines);
            Assert.Contains($"Trang {page.Number}/3", page.Lines);
            Assert.Contains("Chân trang thử", page.Lines);
            Assert.All(page.Drawings.OfType<PdfTextDrawing>(), d => Assert.True(d.X + d.Text.Width <= PdfPageSetup.A4ShortSide - result.Layout.Page.MarginRight + 0.5f,
                $"'{d.Text.Text}' runs past the right margin on page {page.Number}"));
        }

        var rows = result.Layout.Pages.SelectMany(p => p.Lines.Where(l => l.StartsWith(RowPrefix, StringComparison.Ordinal))).ToList();
        Assert.Equal(Enumerable.Range(1, 120).Select(i => RowPrefix + i.ToString(CultureInfo.InvariantCulture)), rows);

        var text = PdfText.Pages(result.Content);
        if (text is null)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        Assert.Equal(3, text.Count);
        for (var i = 0; i < text.Count; i++)
        {
            Assert.Contains("Đơn vị", text[i], StringComparison.Ordinal);
            Assert.Contains($"Trang {i + 1}/3", text[i], StringComparison.Ordinal);
        }

        Assert.Contains(RowPrefix + "120", text[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Row_TallerThanAPage_IsSplitBetweenLinesUnderARepeatedHeader()
    {
        var lines = Enumerable.Range(1, 220).Select(i => $"Dòng thứ {i.ToString(CultureInfo.InvariantCulture)} của một ô rất dài").ToList();
        var table = new PdfTable([new("Mã", 0.2f), new("Nội dung", 0.8f)]);
        table.Add("A1", string.Join('\n', lines)).Add("A2", "Dòng sau ô dài");
        var builder = new PdfDocumentBuilder(Fonts, PdfPageSetup.A4Portrait, new PdfDocumentInfo("Ô dài"));
        builder.Table(table);

        var result = builder.Build();

        Assert.True(result.PageCount >= 3, $"{result.PageCount} pages");
        Assert.All(result.Layout.Pages, page => Assert.Contains("Nội dung", page.Lines));
        Assert.Equal(lines, result.Layout.Pages.SelectMany(p => p.Lines.Where(l => l.StartsWith("Dòng thứ ", StringComparison.Ordinal))));
        Assert.Contains("Dòng sau ô dài", result.Layout.Pages[^1].Lines);
        Assert.Equal(result.PageCount, PdfText.PageCount(result.Content));
    }

    [Fact]
    public void Heading_NearTheFootOfAPage_MovesWithTheTableUnderIt()
    {
        for (var room = 30f; room <= 140f; room += 5f)
        {
            var table = new PdfTable([new("Cột một", 0.5f), new("Cột hai", 0.5f)]);
            table.Add("một", "hai").Add("ba", "bốn");
            var builder = new PdfDocumentBuilder(Fonts, PdfPageSetup.A4Portrait, new PdfDocumentInfo("Giữ tiêu đề"));
            builder.Paragraph("Mở đầu")
                .Space(PdfPageSetup.A4LongSide - PdfPageSetup.A4Portrait.MarginTop - PdfPageSetup.A4Portrait.MarginBottom - 35f - room)
                .Heading("Tiêu đề mục").Table(table);

            var pages = builder.Build().Layout.Pages;

            var headingPage = pages.Single(p => p.Lines.Contains("Tiêu đề mục"));
            Assert.Contains("Cột một", headingPage.Lines);
            Assert.Contains("một", headingPage.Lines);
        }
    }

    [Fact]
    public void Vietnamese_DecomposedInput_IsDrawnAndReadBackComposed()
    {
        const string text = "Phụ lục: Kết quả Chỉ số CCHC — Ủy ban nhân dân xã Đắk Lắk, người thẩm định; tỷ lệ ≥ 98%";
        var builder = new PdfDocumentBuilder(Fonts, PdfPageSetup.A4Portrait, new PdfDocumentInfo("Tiếng Việt"));
        builder.Paragraph(text.Normalize(NormalizationForm.FormD));

        var result = builder.Build();

        Assert.Contains(text, result.Layout.Pages[0].Lines);
        var pages = PdfText.Pages(result.Content);
        if (pages is null)
        {
            output.WriteLine(PdfText.Missing);
            return;
        }

        Assert.Contains(text, pages[0].Normalize(NormalizationForm.FormC), StringComparison.Ordinal);
    }

    [Fact]
    public void LongWord_WiderThanTheLine_IsCutBetweenCharacters()
    {
        var hash = string.Concat(Enumerable.Repeat("9f86d081884c7d659a2feaa0c55ad015", 4));
        using var shaper = new PdfTextShaper(Fonts);

        var lines = LineBreaker.Wrap(shaper, $"Hash SHA-256: {hash}", new PdfTextStyle(9f), 120f);

        Assert.True(lines.Count > 2);
        Assert.All(lines, l => Assert.True(l.Width <= 120f, $"'{l.Text}' is {l.Width} wide"));
        Assert.Equal(hash, string.Concat(lines.Skip(1).Select(l => l.Text)));
    }

    [Fact]
    public void Fonts_NoneInstalled_SaysWhichPackageToInstall()
    {
        var empty = Directory.CreateTempSubdirectory("parindex-no-fonts-");
        try
        {
            var error = Assert.Throws<PdfFontNotFoundException>(() => PdfFonts.Discover([empty.FullName], askFontconfig: false));

            Assert.Contains("fonts-noto-core", error.Message, StringComparison.Ordinal);
            Assert.Contains(empty.FullName, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            empty.Delete();
        }
    }

    [Fact]
    public void Fonts_OnThisServer_AreTimesNewRomanOrItsMetricTwinWithDejaVuForTheMissingSigns()
    {
        // test.sh and .ci/run install fonts-liberation; a server with Microsoft's core fonts gets Times New Roman itself.
        Assert.Contains(Fonts.FamilyName, new[] { "Times New Roman", "Liberation Serif" });
        Assert.False(Fonts.SyntheticBold);
        Assert.NotNull(Fonts.Italic);
        Assert.NotNull(Fonts.FallbackRegular);
    }
}
