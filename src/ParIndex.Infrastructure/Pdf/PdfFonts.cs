using SkiaSharp;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// The typefaces a PDF is set in. Official documents are set in Times New Roman (Decree 30/2020); where it is not
/// installed, Liberation Serif (metric-compatible), then Noto Serif or DejaVu Serif, and as a last resort the sans
/// families (docs/adr/0006). DejaVu Sans is kept as the fallback for the few characters the main family lacks (≥, −,
/// arrows). Typefaces are immutable and shared by every document; the fonts are embedded (subset) in each PDF.
/// </summary>
public sealed class PdfFonts : IDisposable
{
    /// <summary>Where Debian/Ubuntu, Fedora and Alpine packages put the families.</summary>
    public static IReadOnlyList<string> DefaultDirectories { get; } =
    [
        "/usr/share/fonts/truetype/msttcorefonts", "/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/liberation",
        "/usr/share/fonts/liberation-serif", "/usr/share/fonts/liberation",
        "/usr/share/fonts/truetype/noto", "/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto", "/usr/share/fonts/google-noto",
        "/usr/share/fonts/google-noto-vf", "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/dejavu-sans-fonts",
        "/usr/share/fonts/dejavu-serif-fonts", "/usr/share/fonts/TTF", "/usr/local/share/fonts",
    ];

    /// <summary>The families in order of preference, with their file names (regular, bold, italic, bold italic).</summary>
    private static readonly FontFamilyFiles[] Families =
    [
        new("Times New Roman", "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
        new("Liberation Serif", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"),
        new("Noto Serif", "NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf", "NotoSerif-BoldItalic.ttf"),
        new("DejaVu Serif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
        new("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-BoldItalic.ttf"),
        new("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    ];

    private PdfFonts(string familyName, FoundFamily main, FoundFamily? fallback)
    {
        FamilyName = familyName;
        Regular = main.Regular;
        Bold = main.Bold ?? main.Regular;
        SyntheticBold = main.Bold is null;
        Italic = main.Italic;
        BoldItalic = main.BoldItalic;
        FallbackRegular = fallback?.Regular;
        FallbackBold = fallback is null ? null : fallback.Bold ?? fallback.Regular;
    }

    public string FamilyName { get; }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>No bold face was found: the regular one is emboldened.</summary>
    public bool SyntheticBold { get; }

    /// <summary>The italic face; null when the regular one is slanted instead.</summary>
    public SKTypeface? Italic { get; }

    public SKTypeface? BoldItalic { get; }

    public SKTypeface? FallbackRegular { get; }

    public SKTypeface? FallbackBold { get; }

    /// <summary>The first family of <see cref="Families"/> found in <see cref="DefaultDirectories"/> or through fontconfig.</summary>
    public static PdfFonts Discover() => Discover(DefaultDirectories, askFontconfig: true);

    /// <exception cref="PdfFontNotFoundException">None of the families is installed.</exception>
    public static PdfFonts Discover(IReadOnlyList<string> directories, bool askFontconfig)
    {
        ArgumentNullException.ThrowIfNull(directories);
        foreach (var family in Families)
        {
            if (Find(directories, askFontconfig, family) is not { } main)
            {
                continue;
            }

            if (!SetsVietnamese(main))
            {
                // Liberation Serif 1.x (Debian's fonts-liberation) has no ố, ự…: every such letter would come from the fallback.
                main.Dispose();
                continue;
            }

            var fallback = family.Name == "DejaVu Sans" ? null : Find(directories, askFontconfig, Families[^1]);
            return new PdfFonts(family.Name, main, fallback);
        }

        throw new PdfFontNotFoundException(
            "No font for PDF reports: none of " + string.Join(", ", Families.Select(f => f.Name)) + " was found in "
            + string.Join(", ", directories) + (askFontconfig ? " or through fontconfig" : string.Empty)
            + ". Install the fonts-liberation2 package (Liberation Serif, metric-compatible with Times New Roman) and fonts-noto-core "
            + "(or fonts-dejavu-core) on the server.");
    }

    public void Dispose()
    {
        foreach (var typeface in new[] { Regular, Bold, Italic, BoldItalic, FallbackRegular, FallbackBold }.OfType<SKTypeface>().Distinct())
        {
            typeface.Dispose();
        }
    }

    private static FoundFamily? Find(IReadOnlyList<string> directories, bool askFontconfig, FontFamilyFiles family)
    {
        var regular = FromFiles(directories, family.Regular);
        if (regular is not null)
        {
            return new FoundFamily(regular, FromFiles(directories, family.Bold), FromFiles(directories, family.Italic), FromFiles(directories, family.BoldItalic));
        }

        if (!askFontconfig)
        {
            return null;
        }

        // fontconfig substitutes another family for a missing one; only the exact family counts.
        var matched = Match(family.Name, SKFontStyle.Normal);
        if (matched is null)
        {
            return null;
        }

        var bold = Match(family.Name, SKFontStyle.Bold);
        if (bold is not null && bold.FontWeight < (int)SKFontStyleWeight.SemiBold)
        {
            bold.Dispose();
            bold = null;
        }

        return new FoundFamily(matched, bold, Slanted(Match(family.Name, SKFontStyle.Italic)), Slanted(Match(family.Name, SKFontStyle.BoldItalic)));
    }

    /// <summary>Whether every face has the precomposed Vietnamese letters (Latin Extended Additional) in regular and bold.</summary>
    private static bool SetsVietnamese(FoundFamily family) =>
        new[] { family.Regular, family.Bold, family.Italic, family.BoldItalic }.OfType<SKTypeface>()
            .All(face => face.ContainsGlyphs("ốựẫỹĐ"));

    private static SKTypeface? Match(string family, SKFontStyle style)
    {
        var matched = SKFontManager.Default.MatchFamily(family, style);
        if (matched is not null && !string.Equals(matched.FamilyName, family, StringComparison.OrdinalIgnoreCase))
        {
            matched.Dispose();
            return null;
        }

        return matched;
    }

    private static SKTypeface? Slanted(SKTypeface? typeface)
    {
        if (typeface is not null && typeface.FontSlant == SKFontStyleSlant.Upright)
        {
            typeface.Dispose();
            return null;
        }

        return typeface;
    }

    private static SKTypeface? FromFiles(IReadOnlyList<string> directories, string fileName) =>
        directories.Select(d => Path.Combine(d, fileName)).Where(File.Exists).Select(SKTypeface.FromFile).FirstOrDefault(t => t is not null);

    private sealed record FontFamilyFiles(string Name, string Regular, string Bold, string Italic, string BoldItalic);

    private sealed record FoundFamily(SKTypeface Regular, SKTypeface? Bold, SKTypeface? Italic, SKTypeface? BoldItalic) : IDisposable
    {
        public void Dispose()
        {
            foreach (var face in new[] { Regular, Bold, Italic, BoldItalic }.OfType<SKTypeface>())
            {
                face.Dispose();
            }
        }
    }
}

/// <summary>The server has none of the fonts a PDF report needs; the message says which package to install.</summary>
public sealed class PdfFontNotFoundException(string message) : Exception(message);
