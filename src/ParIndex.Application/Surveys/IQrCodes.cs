namespace ParIndex.Application.Surveys;

/// <summary>
/// QR codes for printed slips and posters (an invitation's link, a service point's SIPAS link). Drawn without
/// System.Drawing: SVG for pages and print, PNG for downloads. Implemented in Infrastructure (QRCoder).
/// </summary>
public interface IQrCodes
{
    /// <summary>An SVG element (square, black modules on white, with the standard quiet zone), to place in a page as is.</summary>
    string Svg(string text, int sizePixels);

    /// <summary>A PNG image of <paramref name="pixelsPerModule"/> pixels per module.</summary>
    byte[] Png(string text, int pixelsPerModule);
}
