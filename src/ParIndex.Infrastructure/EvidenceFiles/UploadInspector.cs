using ParIndex.Application.EvidenceFiles;

namespace ParIndex.Infrastructure.EvidenceFiles;

/// <summary>
/// Trusts the bytes, not the name: the last extension picks the expected type and the content must prove it
/// (magic bytes, a sound Office package, a sane pixel size). Nothing is decoded or extracted here. Refusals read in the
/// uploader's language (<see cref="EvidenceMessages"/>).
/// </summary>
public sealed class UploadInspector : IUploadInspector
{
    private const string PdfType = "application/pdf";
    private const string PngType = "image/png";
    private const string JpegType = "image/jpeg";
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string DocxMainPart = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string XlsxMainPart = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

    public UploadVerdict Inspect(string fileName, Stream content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        // A NUL or control character can truncate the name in other layers ("a.php\0.pdf" stored as "a.php").
        if (fileName.Any(char.IsControl))
        {
            return UploadVerdict.Refuse(EvidenceMessages.BadName);
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        try
        {
            return extension switch
            {
                ".pdf" => CheckPdf(content, extension),
                ".png" => CheckPng(content, extension),
                ".jpg" or ".jpeg" => CheckJpeg(content, extension),
                ".docx" => CheckOffice(content, extension, DocxMainPart, DocxType),
                ".xlsx" => CheckOffice(content, extension, XlsxMainPart, XlsxType),
                ".docm" or ".dotm" or ".xlsm" or ".xltm" or ".xlam" => Refuse(EvidenceMessages.Macro),
                _ => Refuse(EvidenceMessages.NotAllowed),
            };
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>The magic bytes, then the skeleton of a PDF: "%PDF-" glued in front of anything else is refused.</summary>
    private static UploadVerdict CheckPdf(Stream content, string extension)
    {
        if (!StartsWith(content, "%PDF-"u8))
        {
            return Refuse(EvidenceMessages.Mismatch(extension));
        }

        var problem = PdfStructureCheck.FindProblem(content);
        return problem is null ? UploadVerdict.Accept(PdfType) : Refuse(problem);
    }

    private static UploadVerdict CheckPng(Stream content, string extension)
    {
        if (!StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return Refuse(EvidenceMessages.Mismatch(extension));
        }

        return CheckPixels(ImageSize.ReadPng(content), PngType);
    }

    private static UploadVerdict CheckJpeg(Stream content, string extension) =>
        StartsWith(content, [0xFF, 0xD8, 0xFF]) ? CheckPixels(ImageSize.ReadJpeg(content), JpegType) : Refuse(EvidenceMessages.Mismatch(extension));

    private static UploadVerdict CheckPixels((long Width, long Height)? size, string contentType) => size switch
    {
        null => Refuse(EvidenceMessages.BrokenImage),
        var (width, height) when !ImageSize.IsAcceptable(width, height) => Refuse(EvidenceMessages.PixelFlood),
        _ => UploadVerdict.Accept(contentType),
    };

    private static UploadVerdict CheckOffice(Stream content, string extension, string mainPartType, string contentType)
    {
        if (!StartsWith(content, "PK\x03\x04"u8))
        {
            return Refuse(EvidenceMessages.Mismatch(extension));
        }

        content.Position = 0;
        var problem = OfficePackageCheck.FindProblem(content, mainPartType, EvidenceMessages.Mismatch(extension));
        return problem is null ? UploadVerdict.Accept(contentType) : Refuse(problem);
    }

    private static bool StartsWith(Stream content, ReadOnlySpan<byte> magic)
    {
        Span<byte> head = stackalloc byte[magic.Length];
        content.Position = 0;
        return content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(magic);
    }

    private static UploadVerdict Refuse(string refusal) => UploadVerdict.Refuse(refusal);
}
