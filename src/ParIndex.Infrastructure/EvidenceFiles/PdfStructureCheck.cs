using ParIndex.Application.EvidenceFiles;

namespace ParIndex.Infrastructure.EvidenceFiles;

/// <summary>
/// Whether a file that starts like a PDF is built like one (issue 16.8): a version in the header, at least one
/// indirect object ("1 0 obj … endobj"), a document catalogue named by a trailer or cross-reference stream
/// ("/Root"), and "%%EOF" at the end. An HTML page or a zip with "%PDF-" glued in front fails; nothing is decoded.
/// </summary>
internal static class PdfStructureCheck
{
    private const int TailBytes = 1024;
    private const int ChunkBytes = 64 * 1024;

    public static string? FindProblem(Stream content)
    {
        content.Position = 0;
        Span<byte> header = stackalloc byte[8];
        if (content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
            || !header[..5].SequenceEqual("%PDF-"u8) || !char.IsAsciiDigit((char)header[5]) || header[6] != (byte)'.' || !char.IsAsciiDigit((char)header[7]))
        {
            return EvidenceMessages.NotAPdf;
        }

        if (!EndsWithEof(content))
        {
            return EvidenceMessages.NotAPdf;
        }

        return Contains(content, " obj"u8) && Contains(content, "endobj"u8) && Contains(content, "/Root"u8) ? null : EvidenceMessages.NotAPdf;
    }

    /// <summary>"%%EOF" within the last kilobyte: writers may add a line break or a few bytes of padding after it.</summary>
    private static bool EndsWithEof(Stream content)
    {
        var length = (int)Math.Min(TailBytes, content.Length);
        var tail = new byte[length];
        content.Position = content.Length - length;
        content.ReadExactly(tail);
        return tail.AsSpan().IndexOf("%%EOF"u8) >= 0;
    }

    /// <summary>Searches the whole file in chunks that overlap by the needle's length, so a match across chunks is found.</summary>
    private static bool Contains(Stream content, ReadOnlySpan<byte> needle)
    {
        content.Position = 0;
        var buffer = new byte[ChunkBytes + needle.Length];
        var kept = 0;
        int read;
        while ((read = content.Read(buffer, kept, ChunkBytes)) > 0)
        {
            var filled = kept + read;
            if (buffer.AsSpan(0, filled).IndexOf(needle) >= 0)
            {
                return true;
            }

            kept = Math.Min(needle.Length - 1, filled);
            buffer.AsSpan(filled - kept, kept).CopyTo(buffer);
        }

        return false;
    }
}
