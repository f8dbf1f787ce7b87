using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.DataImport;
using ParIndex.Application.Tests.Infrastructure;

namespace ParIndex.Application.Tests.DataImport;

/// <summary>The file reader behind data imports (Infrastructure's TableFileReader, as registered for the portal).</summary>
public sealed class TableFileReaderTests(TestApp app) : IClassFixture<TestApp>
{
    private ITableFileReader Reader => app.Services.GetRequiredService<ITableFileReader>();

    [Fact]
    public void Csv_QuotedFieldsWithDelimitersQuotesAndLineBreaks_KeepTheirRowNumbers()
    {
        var csv = DataFiles.Csv("Mã đơn vị,Ghi chú,Tỷ lệ\nU1,\"có dấu phẩy, và \"\"ngoặc\"\"\",90\n\nU2,\"hai\ndòng\",\"80,5\"\nU3,,70");

        var table = Read("a.csv", csv);

        Assert.Equal(["Mã đơn vị", "Ghi chú", "Tỷ lệ"], table.Headers);
        Assert.Equal([2, 4, 6], table.Rows.Select(r => r.Number));
        Assert.Equal(["U1", "có dấu phẩy, và \"ngoặc\"", "90"], table.Rows[0].Cells);
        Assert.Equal("hai\r\ndòng", table.Rows[1].Cells[1]);
        Assert.Equal("80,5", table.Rows[1].Cell(2));
        Assert.Null(table.Rows[2].Cell(1));
    }

    [Fact]
    public void Csv_WithBomAndSemicolons_IsRead()
    {
        var table = Read("b.csv", DataFiles.Csv("Mã đơn vị;Tỷ lệ\nU1;92,5\n", bom: true));

        Assert.Equal(["Mã đơn vị", "Tỷ lệ"], table.Headers);
        Assert.Equal(["U1", "92,5"], table.Rows.Single().Cells);
    }

    [Fact]
    public void Csv_NotUtf8_IsRefusedInVietnamese()
    {
        var latin1 = new byte[] { (byte)'M', 0xE3, (byte)',', (byte)'x', (byte)'\n' };

        Assert.Contains("UTF-8", Reader.Read("c.csv", latin1).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_UnclosedQuote_NamesTheLine()
    {
        Assert.Equal("Dòng 2: thiếu dấu ngoặc kép đóng.", Reader.Read("d.csv", DataFiles.Csv("a,b\n\"x,1\n")).Error);
    }

    [Fact]
    public void Csv_OverTheRowLimit_IsRefused()
    {
        var text = new StringBuilder("Mã đơn vị,Tỷ lệ\n");
        for (var i = 0; i <= TableFileLimits.MaxRows; i++)
        {
            text.Append("U,1\n");
        }

        Assert.Contains("20.000", Reader.Read("e.csv", DataFiles.Csv(text.ToString())).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_FirstSheet_IsRead()
    {
        var table = Read("f.xlsx", DataFiles.Xlsx(["Mã đơn vị", "Tỷ lệ"], ["U1", "92.5"], [], ["U2", "80"]));

        Assert.Equal(["Mã đơn vị", "Tỷ lệ"], table.Headers);
        Assert.Equal([2, 4], table.Rows.Select(r => r.Number));
        Assert.Equal("92.5", table.Rows[0].Cell(1));
    }

    [Fact]
    public void Xlsx_WithAFormula_IsRefused()
    {
        Assert.Contains("Ô B2 chứa công thức", Reader.Read("g.xlsx", DataFiles.Xlsx(["Mã", "Tỷ lệ"], ["U1", "=1+1"])).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_ThatUnzipsToOver50MB_IsRefusedBeforeParsing()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 51; i++)
            {
                entry.Write(zeros);
            }
        }

        Assert.Contains("50 MB", Reader.Read("bomb.xlsx", stream.ToArray()).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("h.xlsx")]
    [InlineData("h.xls")]
    public void NotAWorkbook_IsRefused(string fileName)
    {
        Assert.NotNull(Reader.Read(fileName, Encoding.UTF8.GetBytes("không phải bảng tính")).Error);
    }

    private TableFile Read(string fileName, byte[] content)
    {
        var result = Reader.Read(fileName, content);
        Assert.Null(result.Error);
        return result.Table!;
    }
}
