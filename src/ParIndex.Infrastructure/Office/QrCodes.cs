using System.Globalization;
using System.Security;
using System.Text;
using ParIndex.Application.Surveys;
using QRCoder;

namespace ParIndex.Infrastructure.Office;

/// <summary>
/// QR codes with QRCoder's matrix: the PNG from its managed PNG writer, the SVG drawn here as one path (a run of dark
/// modules per row), so nothing needs System.Drawing. Error correction M (15 %): a printed slip may be creased.
/// </summary>
internal sealed class QrCodes : IQrCodes
{
    public string Svg(string text, int sizePixels)
    {
        using var data = Encode(text);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            var row = matrix[y];
            for (var x = 0; x < size; x++)
            {
                if (!row[x])
                {
                    continue;
                }

                var start = x;
                while (x + 1 < size && row[x + 1])
                {
                    x++;
                }

                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{x - start + 1}v1h-{x - start + 1}z");
            }
        }

        var label = SecurityElement.Escape(text);
        return string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"{sizePixels}\" height=\"{sizePixels}\" role=\"img\" "
            + $"aria-label=\"QR: {label}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/>"
            + $"<path d=\"{path}\" fill=\"#000\"/></svg>");
    }

    public byte[] Png(string text, int pixelsPerModule)
    {
        using var data = Encode(text);
        return new PngByteQRCode(data).GetGraphic(Math.Clamp(pixelsPerModule, 1, 40));
    }

    private static QRCodeData Encode(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
    }
}
