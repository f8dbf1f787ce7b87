using SkiaSharp;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// The typefaces a PDF is set in: Noto Sans (regular and bold) from the system, else DejaVu Sans (docs/adr/0006).
/// With Noto Sans, DejaVu Sans is kept as the fallback for the few characters Noto Sans lacks (≥, −, arrows).
/// Typefaces are immutable and shared by every document; the fonts are embedded (subset) in each PDF.
/// </summary>
public sealed class PdfFonts : IDisposable
{
    /// <summary>Where Debian/Ubuntu, Fedora and Alpine packages put the two families.</summary>
    public static IReadOnlyList<string> DefaultDirectories { get; } =
    [
        "/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto", "/usr/share/fonts/google-noto",
        "/usr/share/fonts/google-noto-vf", "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/dejavu-sans-fonts",
        "/usr/share/fonts/TTF", "/usr/local/share/fonts",
    ];

    private PdfFonts(string familyName, SKTypeface regular, SKTypeface bold, bool syntheticBold, SKTypeface? fallbackRegular, SKTypeface? fallbackBold)
    {
        FamilyName = familyName;
        Regular = regular;
        Bold = bold;
        SyntheticBold = syntheticBold;
        FallbackRegular = fallbackRegular;
        FallbackBold = fallbackBold;
    }

    public string FamilyName { get; }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>No bold face was found: the regular one is emboldened.</summary>
    public bool SyntheticBold { get; }

    public SKTypeface? FallbackRegular { get; }

    public SKTypeface? FallbackBold { get; }

    /// <summary>Noto Sans, else DejaVu Sans, from <see cref="DefaultDirectories"/> or fontconfig.</summary>
    public static PdfFonts Discover() => Discover(DefaultDirectories, askFontconfig: true);

    /// <exception cref="PdfFontNotFoundException">Neither family is installed.</exception>
    public static PdfFonts Discover(IReadOnlyList<string> directories, bool askFontconfig)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var noto = Find(directories, askFontconfig, "Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf");
        var dejaVu = Find(directories, askFontconfig, "DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
        if (noto is { } primary)
        {
            return new PdfFonts("Noto Sans", primary.Regular, primary.Bold ?? primary.Regular, primary.Bold is null, dejaVu?.Regular, dejaVu?.Bold ?? dejaVu?.Regular);
        }

        if (dejaVu is { } second)
        {
            return new PdfFonts("DejaVu Sans", second.Regular, second.Bold ?? second.Regular, second.Bold is null, null, null);
        }

        throw new PdfFontNotFoundException(
            "No font for PDF reports: neither Noto Sans (NotoSans-Regular.ttf) nor DejaVu Sans (DejaVuSans.ttf) was found in "
            + string.Join(", ", directories) + (askFontconfig ? " or through fontconfig" : string.Empty)
            + ". Install the fonts-noto-core package (or fonts-dejavu-core) on the server.");
    }

    public void Dispose()
    {
        foreach (var typeface in new[] { Regular, Bold, FallbackRegular, FallbackBold }.OfType<SKTypeface>().Distinct())
        {
            typeface.Dispose();
        }
    }

    private static (SKTypeface Regular, SKTypeface? Bold)? Find(IReadOnlyList<string> directories, bool askFontconfig, string family,
        string regularFile, string boldFile)
    {
        var regular = FromFiles(directories, regularFile);
        if (regular is not null)
        {
            return (regular, FromFiles(directories, boldFile));
        }

        if (!askFontconfig)
        {
            return null;
        }

        // fontconfig substitutes another family for a missing one; only the exact family counts.
        var matched = SKFontManager.Default.MatchFamily(family, SKFontStyle.Normal);
        if (matched is null || !string.Equals(matched.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            matched?.Dispose();
            return null;
        }

        var bold = SKFontManager.Default.MatchFamily(family, SKFontStyle.Bold);
        if (bold is not null && (bold.FontWeight < (int)SKFontStyleWeight.SemiBold || !string.Equals(bold.FamilyName, family, StringComparison.OrdinalIgnoreCase)))
        {
            bold.Dispose();
            bold = null;
        }

        return (matched, bold);
    }

    private static SKTypeface? FromFiles(IReadOnlyList<string> directories, string fileName) =>
        directories.Select(d => Path.Combine(d, fileName)).Where(File.Exists).Select(SKTypeface.FromFile).FirstOrDefault(t => t is not null);
}

/// <summary>The server has none of the fonts a PDF report needs; the message says which package to install.</summary>
public sealed class PdfFontNotFoundException(string message) : Exception(message);
