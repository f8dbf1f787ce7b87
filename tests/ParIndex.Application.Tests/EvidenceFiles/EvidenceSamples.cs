using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Spreadsheet = DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace ParIndex.Application.Tests.EvidenceFiles;

/// <summary>Evidence files built in code so no binary fixture is committed.</summary>
internal static class EvidenceSamples
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n");

    /// <summary>A PDF of exactly <paramref name="size"/> bytes: spaces after the header, so it still ends with %%EOF.</summary>
    public static byte[] Pdf(long size)
    {
        var pdf = Pdf();
        var header = "%PDF-1.4\n".Length;
        return [.. pdf[..header], .. Enumerable.Repeat((byte)' ', (int)(size - pdf.Length)), .. pdf[header..]];
    }

    /// <summary>Signature, IHDR and IEND; the CRCs are zero since nothing decodes the image.</summary>
    public static byte[] Png(uint width, uint height)
    {
        var bytes = new byte[8 + 25 + 12];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8; // bit depth
        bytes[25] = 2; // truecolour
        "IEND"u8.CopyTo(bytes.AsSpan(8 + 25 + 4));
        return bytes;
    }

    /// <summary>SOI, a JFIF APP0 and a DQT segment to skip, then SOF0 with the given size, SOS and EOI.</summary>
    public static byte[] Jpeg(ushort width, ushort height)
    {
        using var jpeg = new MemoryStream();
        jpeg.Write([0xFF, 0xD8]);
        jpeg.Write([0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        jpeg.Write([0xFF, 0xDB, 0x00, 0x43]);
        jpeg.Write(new byte[0x43 - 2]);
        jpeg.Write([0xFF, 0xC0, 0x00, 0x11, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3]);
        jpeg.Write([1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        jpeg.Write([0xFF, 0xDA, 0x00, 0x08, 1, 1, 0, 0, 0x3F, 0]);
        jpeg.Write([0x12, 0x34, 0xFF, 0xD9]);
        return jpeg.ToArray();
    }

    public static byte[] Docx()
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Word.Document(new Word.Body(new Word.Paragraph(new Word.Run(new Word.Text("Báo cáo CCHC năm 2026")))));
        }

        return package.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var package = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(package, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Spreadsheet.Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Spreadsheet.Worksheet(new Spreadsheet.SheetData());
            workbook.Workbook.AppendChild(new Spreadsheet.Sheets(new Spreadsheet.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Trang 1" }));
        }

        return package.ToArray();
    }

    /// <summary>A copy of <paramref name="package"/> with entries added by <paramref name="change"/>.</summary>
    public static byte[] WithEntries(byte[] package, Action<ZipArchive> change)
    {
        using var copy = new MemoryStream();
        copy.Write(package);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        return copy.ToArray();
    }

    public static void AddEntry(ZipArchive zip, string name, byte[] content, CompressionLevel level = CompressionLevel.Optimal)
    {
        using var stream = zip.CreateEntry(name, level).Open();
        stream.Write(content);
    }
}
