using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using ParIndex.Application.EvidenceFiles;

namespace ParIndex.Infrastructure.EvidenceFiles;

/// <summary>
/// Checks a DOCX/XLSX package from its zip directory alone (nothing is extracted except the small
/// [Content_Types].xml): zip slip names, zip bombs, macros, and that the main part matches the extension.
/// </summary>
internal static class OfficePackageCheck
{
    public const int MaxEntries = 2000;
    public const long MaxTotalBytes = 200L * 1024 * 1024;
    public const long RatioCheckedAbove = 1024 * 1024;
    public const long MaxRatio = 200;
    public const int MaxContentTypesBytes = 1024 * 1024;

    private const string ContentTypesName = "[Content_Types].xml";

    /// <summary>
    /// The refusal message, or null when the package is fine. <paramref name="otherKindRefusal"/> is returned for a
    /// sound package of another kind (a DOCX renamed to .xlsx).
    /// </summary>
    public static string? FindProblem(Stream content, string mainPartType, string otherKindRefusal)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            var problem = CheckDirectory(zip);
            if (problem is not null)
            {
                return problem;
            }

            var contentTypes = zip.Entries.FirstOrDefault(e => e.FullName.Equals(ContentTypesName, StringComparison.OrdinalIgnoreCase));
            var types = contentTypes is null ? null : ReadContentTypes(contentTypes);
            if (types is null)
            {
                return EvidenceMessages.OfficeCorrupt;
            }

            if (types.Any(t => t.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
                || t.Contains("vbaProject", StringComparison.OrdinalIgnoreCase)))
            {
                return EvidenceMessages.Macro;
            }

            return types.Contains(mainPartType, StringComparer.Ordinal) ? null : otherKindRefusal;
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or EndOfStreamException)
        {
            return EvidenceMessages.OfficeCorrupt;
        }
    }

    /// <summary>Walks the zip directory without inflating anything.</summary>
    private static string? CheckDirectory(ZipArchive zip)
    {
        if (zip.Entries.Count > MaxEntries)
        {
            return EvidenceMessages.OfficeTooManyParts;
        }

        long total = 0;
        foreach (var entry in zip.Entries)
        {
            if (IsUnsafeName(entry.FullName))
            {
                return EvidenceMessages.OfficeUnsafePath;
            }

            if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            {
                return EvidenceMessages.Macro;
            }

            // Declared sizes only: a bomb is refused before a single byte of it is inflated.
            total += entry.Length;
            if (total > MaxTotalBytes
                || (entry.Length > RatioCheckedAbove && entry.Length / Math.Max(entry.CompressedLength, 1) > MaxRatio))
            {
                return EvidenceMessages.OfficeBomb;
            }
        }

        return null;
    }

    private static bool IsUnsafeName(string name) =>
        name.StartsWith('/') || name.StartsWith('\\') || name.Contains(':', StringComparison.Ordinal)
        || name.Split('/', '\\').Contains("..");

    /// <summary>Every ContentType attribute (Default and Override, as macros may hide in either), or null when oversized.</summary>
    private static List<string>? ReadContentTypes(ZipArchiveEntry entry)
    {
        if (entry.Length > MaxContentTypesBytes)
        {
            return null;
        }

        // The declared length can lie, so the read itself is capped too.
        var buffer = new byte[MaxContentTypesBytes + 1];
        int read;
        using (var stream = entry.Open())
        {
            read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        }

        if (read > MaxContentTypesBytes)
        {
            return null;
        }

        using var reader = XmlReader.Create(
            new MemoryStream(buffer, 0, read),
            new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        return [.. XDocument.Load(reader).Descendants()
            .Select(e => (string?)e.Attribute("ContentType"))
            .OfType<string>()];
    }
}
