using System.Globalization;
using System.IO.Compression;
using System.Text;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Infrastructure.EvidenceFiles;
using static ParIndex.Application.Tests.EvidenceFiles.EvidenceSamples;

namespace ParIndex.Application.Tests.EvidenceFiles;

public sealed class UploadInspectorTests
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string MacroRefusal = "Không nhận tài liệu có macro (.docm, .xlsm hoặc chứa vbaProject.bin).";
    private const string BombRefusal = "Tệp nén Office bất thường (quá lớn khi giải nén), không được nhận.";

    private readonly UploadInspector _inspector = new();

    private UploadVerdict Inspect(string fileName, byte[] content)
    {
        using var stream = new MemoryStream(content);
        return _inspector.Inspect(fileName, stream);
    }

    private void AssertRefused(string fileName, byte[] content, string refusal)
    {
        var verdict = Inspect(fileName, content);
        Assert.False(verdict.IsAccepted);
        Assert.Null(verdict.ContentType);
        Assert.Equal(refusal, verdict.Refusal);
    }

    /// <summary>An uploader who chose English reads the inspection's refusals in English (issue 19).</summary>
    [Fact]
    public void Inspect_InEnglish_RefusesInEnglish()
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
        try
        {
            AssertRefused("minh-chung.pdf", Png(10, 10), "The file's content does not match its extension .pdf.");
            AssertRefused("script.exe", Pdf(), "Only PDF, DOCX, XLSX, JPG and PNG files are accepted.");
            AssertRefused("bao-cao.docm", Docx(), "Documents with macros (.docm, .xlsm or containing vbaProject.bin) are not accepted.");
            AssertRefused("bao-cao.docx", Docx()[..200], "The Office file is damaged or not valid.");
            AssertRefused("anh.png", Png(50_000, 50_000), "The image is too large in pixels.");
            AssertRefused("minh-chung.pdf", "%PDF-1.7 <html></html>"u8.ToArray(),
                "The file is not a valid PDF (its PDF structure is missing: objects, catalogue or the closing %%EOF).");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    public static TheoryData<string, byte[], string> RealFiles() => new()
    {
        { "bao-cao.pdf", Pdf(), "application/pdf" },
        { "BAO-CAO.PDF", Pdf(), "application/pdf" },
        { "bao-cao.docx", Docx(), DocxType },
        { "so-lieu.xlsx", Xlsx(), XlsxType },
        { "anh.jpg", Jpeg(1920, 1080), "image/jpeg" },
        { "anh.jpeg", Jpeg(30_000, 3_000), "image/jpeg" },
        { "anh.png", Png(800, 600), "image/png" },
    };

    [Theory]
    [MemberData(nameof(RealFiles))]
    public void Inspect_RealFileOfAcceptedType_AcceptsWithContentType(string fileName, byte[] content, string contentType)
    {
        var verdict = Inspect(fileName, content);

        Assert.True(verdict.IsAccepted, verdict.Refusal);
        Assert.Equal(contentType, verdict.ContentType);
        Assert.Null(verdict.Refusal);
    }

    [Fact]
    public void Inspect_PdfNameHoldingPngBytes_RefusesAsMismatch() =>
        AssertRefused("minh-chung.pdf", Png(10, 10), "Nội dung tệp không khớp với phần mở rộng .pdf.");

    public static TheoryData<string> PolyglotsStartingWithPdfHeader() => new()
    {
        "%PDF-",
        "%PDF-1.4\n",
        "%PDF-1.4\n<html><script>alert(document.cookie)</script></html>",
        "%PDF-1.7\n<html><body>1 0 obj</body></html>\n%%EOF\n",
        "%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n",
        "%PDF-x.y\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
    };

    /// <summary>Issue 16.8: the header alone proved nothing; an HTML page or script behind it was kept as a PDF.</summary>
    [Theory]
    [MemberData(nameof(PolyglotsStartingWithPdfHeader))]
    public void Inspect_FileThatMerelyStartsWithThePdfHeader_IsRefused(string content) =>
        AssertRefused("minh-chung.pdf", Encoding.ASCII.GetBytes(content),
            "Tệp không phải là PDF hợp lệ (thiếu cấu trúc PDF: đối tượng, mục lục hoặc phần kết %%EOF).");

    [Fact]
    public void Inspect_PdfWithCrossReferenceStream_AndPaddingAfterEof_IsAccepted()
    {
        var body = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n");
        body.Append(new string(' ', 70_000)); // the catalogue's name falls in another chunk than the header
        body.Append("3 0 obj<</Type/XRef/Size 4/Root 1 0 R/W[1 2 1]>>stream\nxx\nendstream endobj\nstartxref\n118\n%%EOF\r\n\0\0");

        var verdict = Inspect("bao-cao.pdf", Encoding.Latin1.GetBytes(body.ToString()));

        Assert.True(verdict.IsAccepted, verdict.Refusal);
    }

    [Fact]
    public void Inspect_ExecutableRenamedToPdf_RefusesAsMismatch() =>
        AssertRefused("minh-chung.pdf", [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0], "Nội dung tệp không khớp với phần mở rộng .pdf.");

    [Fact]
    public void Inspect_DocxNameHoldingXlsx_RefusesAsMismatch() =>
        AssertRefused("bao-cao.docx", Xlsx(), "Nội dung tệp không khớp với phần mở rộng .docx.");

    [Theory]
    [InlineData("a.pdf.exe")]
    [InlineData("a.html")]
    [InlineData("a.svg")]
    [InlineData("pdf")]
    public void Inspect_ExtensionOutsideList_RefusesWithAcceptedTypes(string fileName) =>
        AssertRefused(fileName, Pdf(), "Chỉ nhận tệp PDF, DOCX, XLSX, JPG, PNG.");

    [Theory]
    [InlineData("a.php\0.pdf")]
    [InlineData("a\r\n.pdf")]
    public void Inspect_NameWithControlCharacter_Refuses(string fileName) =>
        AssertRefused(fileName, Pdf(), "Tên tệp chứa ký tự không hợp lệ.");

    [Fact]
    public void Inspect_DocxWithVbaProject_RefusesAsMacro()
    {
        var withMacro = WithEntries(Docx(), zip => AddEntry(zip, "word/vbaProject.bin", [1, 2, 3]));

        AssertRefused("bao-cao.docx", withMacro, MacroRefusal);
    }

    [Fact]
    public void Inspect_DocxDeclaringMacroContentType_RefusesAsMacro()
    {
        var docx = Docx();
        var macroTypes = WithEntries(docx, zip =>
        {
            var entry = zip.GetEntry("[Content_Types].xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            AddEntry(zip, "[Content_Types].xml", Encoding.UTF8.GetBytes(xml.Replace(
                "</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>", StringComparison.Ordinal)));
        });

        AssertRefused("bao-cao.docx", macroTypes, MacroRefusal);
    }

    [Theory]
    [InlineData("bao-cao.docm")]
    [InlineData("so-lieu.xlsm")]
    public void Inspect_MacroEnabledExtension_RefusesAsMacro(string fileName) =>
        AssertRefused(fileName, fileName.EndsWith(".docm", StringComparison.Ordinal) ? Docx() : Xlsx(), MacroRefusal);

    [Theory]
    [InlineData("../../x")]
    [InlineData("word/../../x")]
    [InlineData("/etc/x")]
    [InlineData("\\windows\\x")]
    [InlineData("C:/x")]
    public void Inspect_DocxWithEscapingEntryName_RefusesAsZipSlip(string entryName)
    {
        var slip = WithEntries(Docx(), zip => AddEntry(zip, entryName, [1]));

        AssertRefused("bao-cao.docx", slip, "Tệp Office chứa đường dẫn không hợp lệ, không được nhận.");
    }

    [Fact]
    public void Inspect_XlsxWithHighlyCompressedEntry_RefusesAsBomb()
    {
        var bomb = WithEntries(Xlsx(), zip => AddEntry(zip, "xl/media/zeros.bin", new byte[5 * 1024 * 1024]));

        Assert.True(bomb.Length < 100_000);
        AssertRefused("so-lieu.xlsx", bomb, BombRefusal);
    }

    [Fact]
    public void Inspect_DocxWithLargeStoredEntry_AcceptsBecauseRatioIsLow()
    {
        var stored = WithEntries(Docx(), zip => AddEntry(zip, "word/media/scan.bin", new byte[2 * 1024 * 1024], CompressionLevel.NoCompression));

        Assert.True(Inspect("bao-cao.docx", stored).IsAccepted);
    }

    [Fact]
    public void Inspect_DocxWithMoreThan2000Entries_Refuses()
    {
        var crowded = WithEntries(Docx(), zip =>
        {
            for (var i = 0; i < 2001; i++)
            {
                AddEntry(zip, $"customXml/item{i}.xml", [0x3C]);
            }
        });

        AssertRefused("bao-cao.docx", crowded, "Tệp nén Office bất thường (quá nhiều thành phần), không được nhận.");
    }

    [Fact]
    public void Inspect_ZipWithoutContentTypes_RefusesAsCorrupt()
    {
        using var package = new MemoryStream();
        using (var zip = new ZipArchive(package, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddEntry(zip, "word/document.xml", [0x3C]);
        }

        AssertRefused("bao-cao.docx", package.ToArray(), "Tệp Office bị hỏng hoặc không hợp lệ.");
    }

    [Fact]
    public void Inspect_TruncatedDocx_RefusesAsCorrupt() =>
        AssertRefused("bao-cao.docx", Docx()[..200], "Tệp Office bị hỏng hoặc không hợp lệ.");

    [Fact]
    public void Inspect_PngDeclaring50000By50000_RefusesAsPixelFlood() =>
        AssertRefused("anh.png", Png(50_000, 50_000), "Ảnh có kích thước điểm ảnh quá lớn.");

    [Fact]
    public void Inspect_PngDeclaringZeroWidth_RefusesAsPixelFlood() =>
        AssertRefused("anh.png", Png(0, 100), "Ảnh có kích thước điểm ảnh quá lớn.");

    [Fact]
    public void Inspect_JpegDeclaring40000By40000_RefusesAsPixelFlood() =>
        AssertRefused("anh.jpg", Jpeg(40_000, 40_000), "Ảnh có kích thước điểm ảnh quá lớn.");

    [Fact]
    public void Inspect_JpegDeclaringOver100MegaPixels_RefusesAsPixelFlood() =>
        AssertRefused("anh.jpg", Jpeg(20_000, 20_000), "Ảnh có kích thước điểm ảnh quá lớn.");

    [Fact]
    public void Inspect_JpegWithoutFrameHeader_RefusesAsBroken() =>
        AssertRefused("anh.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0, 0, 0xFF, 0xD9], "Ảnh bị hỏng hoặc không hợp lệ.");

    [Theory]
    [InlineData("bao-cao.docx", true)]
    [InlineData("bao-cao.pdf", false)]
    [InlineData("a.exe", false)]
    public void Inspect_AnyVerdict_LeavesStreamAtStart(string fileName, bool accepted)
    {
        using var stream = new MemoryStream(Docx());
        stream.Position = 17;

        var verdict = _inspector.Inspect(fileName, stream);

        Assert.Equal(accepted, verdict.IsAccepted);
        Assert.Equal(0, stream.Position);
    }
}
