using System.Buffers.Binary;

namespace ParIndex.Infrastructure.EvidenceFiles;

/// <summary>
/// Reads the pixel size an image declares in its header, without decoding it, so a pixel flood (a tiny file that
/// would need gigabytes once decoded for a thumbnail or a PDF export) is refused up front.
/// </summary>
internal static class ImageSize
{
    public const long MaxPixels = 100_000_000;
    public const long MaxSide = 30_000;

    public static bool IsAcceptable(long width, long height) =>
        width is > 0 and <= MaxSide && height is > 0 and <= MaxSide && width * height <= MaxPixels;

    /// <summary>Width and height of the IHDR chunk, which the PNG format requires to come first.</summary>
    public static (long Width, long Height)? ReadPng(Stream content)
    {
        Span<byte> header = stackalloc byte[24];
        content.Position = 0;
        if (content.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length
            || !header[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return (BinaryPrimitives.ReadUInt32BigEndian(header[16..]), BinaryPrimitives.ReadUInt32BigEndian(header[20..]));
    }

    /// <summary>Width and height of the first start-of-frame segment (SOF0..SOF15, which excludes DHT, JPG and DAC).</summary>
    public static (long Width, long Height)? ReadJpeg(Stream content)
    {
        Span<byte> segment = stackalloc byte[7];
        content.Position = 2;
        while (true)
        {
            if (content.ReadByte() != 0xFF)
            {
                return null;
            }

            int marker;
            do
            {
                marker = content.ReadByte();
            }
            while (marker == 0xFF);

            // TEM and RSTn stand alone; SOI again is tolerated. Reaching the scan or the end means no frame header.
            if (marker is 0x01 or (>= 0xD0 and <= 0xD8))
            {
                continue;
            }

            if (marker is < 0 or 0xD9 or 0xDA || content.ReadAtLeast(segment[..2], 2, throwOnEndOfStream: false) < 2)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(segment);
            if (length < 2)
            {
                return null;
            }

            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                // Precision (1 byte), then height and width (2 bytes each).
                if (content.ReadAtLeast(segment[2..], 5, throwOnEndOfStream: false) < 5)
                {
                    return null;
                }

                return (BinaryPrimitives.ReadUInt16BigEndian(segment[5..]), BinaryPrimitives.ReadUInt16BigEndian(segment[3..]));
            }

            content.Seek(length - 2, SeekOrigin.Current);
        }
    }
}
