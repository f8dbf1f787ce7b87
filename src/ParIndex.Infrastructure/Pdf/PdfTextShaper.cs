using System.Globalization;
using System.Text;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using HbBuffer = HarfBuzzSharp.Buffer;
using HbLanguage = HarfBuzzSharp.Language;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// Shapes and measures text for one document (HarfBuzz through <see cref="SKShaper"/>). Input is NFC-normalised, so
/// decomposed Vietnamese (e + ◌̂ + ◌́) is set with the font's precomposed glyphs. Characters the main font lacks are
/// set in the fallback font. Results are cached: reports repeat the same words and numbers many times.
/// Not thread-safe: one per document being built.
/// </summary>
public sealed class PdfTextShaper : IDisposable
{
    private readonly PdfFonts _fonts;
    private readonly Dictionary<SKTypeface, SKShaper> _shapers = [];
    private readonly Dictionary<(SKTypeface, float, bool, bool), SKFont> _skFonts = [];
    private readonly Dictionary<(string, float, bool, bool), ShapedText> _cache = [];
    private readonly Dictionary<(int, bool), bool> _inMainFont = [];
    private readonly HbLanguage _language = new(CultureInfo.GetCultureInfo("vi-VN"));

    public PdfTextShaper(PdfFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(fonts);
        _fonts = fonts;
    }

    /// <summary>The text as one line (no wrapping); line breaks and tabs count as spaces.</summary>
    public ShapedText Shape(string text, PdfTextStyle style)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = (text, style.Size, style.Bold, style.Italic);
        if (_cache.TryGetValue(key, out var cached))
        {
            return style.Color == cached.Style.Color ? cached : new ShapedText(cached.Text, style, cached.Width, cached.Runs);
        }

        var shaped = ShapeUncached(Normalize(text), style);
        _cache[key] = shaped;
        return shaped;
    }

    public float Measure(string text, PdfTextStyle style) => Shape(text, style).Width;

    /// <summary>The main font's ascent and descent at the style's size: a line's height and where its baseline sits.</summary>
    public PdfLineMetrics Metrics(PdfTextStyle style)
    {
        var metrics = FontFor(_fonts.Regular, style.Size, false, false).Metrics;
        return new PdfLineMetrics(-metrics.Ascent, metrics.Descent);
    }

    public void Dispose()
    {
        foreach (var shaper in _shapers.Values)
        {
            shaper.Dispose();
        }

        foreach (var font in _skFonts.Values)
        {
            font.Dispose();
        }

        _language.Dispose();
        _shapers.Clear();
        _skFonts.Clear();
        _cache.Clear();
    }

    internal static string Normalize(string text)
    {
        var normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        return normalized.AsSpan().IndexOfAny('\n', '\r', '\t') < 0
            ? normalized
            : normalized.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ');
    }

    private ShapedText ShapeUncached(string text, PdfTextStyle style)
    {
        var runs = new List<ShapedRun>();
        var x = 0f;
        foreach (var (start, length, main) in Segments(text, style.Bold))
        {
            var (typeface, slant) = main ? MainFace(style) : (style.Bold ? _fonts.FallbackBold! : _fonts.FallbackRegular!, style.Italic);
            var synthetic = main && style.Bold && _fonts.SyntheticBold;
            var font = FontFor(typeface, style.Size, synthetic, slant);
            var utf8 = Encoding.UTF8.GetBytes(text.Substring(start, length));
            using var buffer = new HbBuffer();
            buffer.AddUtf8(utf8);
            buffer.GuessSegmentProperties();
            buffer.Language = _language;
            var result = ShaperFor(typeface).Shape(buffer, x, 0f, font);
            var glyphs = new ushort[result.Codepoints.Length];
            for (var i = 0; i < glyphs.Length; i++)
            {
                glyphs[i] = (ushort)result.Codepoints[i];
            }

            runs.Add(new ShapedRun(font, glyphs, result.Points, utf8, result.Clusters));
            x += result.Width;
        }

        return new ShapedText(text, style, x, runs);
    }

    /// <summary>Stretches of the text for the main font and for the fallback; marks and spaces stay with their neighbours.</summary>
    private List<(int Start, int Length, bool Main)> Segments(string text, bool bold)
    {
        var segments = new List<(int Start, int Length, bool Main)>();
        if (_fonts.FallbackRegular is null)
        {
            segments.Add((0, text.Length, true));
            return segments;
        }

        int start = 0, index = 0;
        bool? current = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var neutral = Rune.IsWhiteSpace(rune) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
            if (!neutral)
            {
                var main = InMainFont(rune.Value, bold);
                if (current is { } previous && previous != main)
                {
                    segments.Add((start, index - start, previous));
                    start = index;
                }

                current = main;
            }

            index += rune.Utf16SequenceLength;
        }

        if (text.Length > 0)
        {
            segments.Add((start, text.Length - start, current ?? true));
        }

        return segments;
    }

    private bool InMainFont(int codepoint, bool bold)
    {
        if (!_inMainFont.TryGetValue((codepoint, bold), out var found))
        {
            var main = FontFor(bold ? _fonts.Bold : _fonts.Regular, 10f, false, false).ContainsGlyph(codepoint);
            var fallback = bold ? _fonts.FallbackBold : _fonts.FallbackRegular;
            // Only switch when the fallback really has it; otherwise the main font's missing-glyph box is as good.
            found = main || fallback is null || !FontFor(fallback, 10f, false, false).ContainsGlyph(codepoint);
            _inMainFont[(codepoint, bold)] = found;
        }

        return found;
    }

    private SKShaper ShaperFor(SKTypeface typeface)
    {
        if (!_shapers.TryGetValue(typeface, out var shaper))
        {
            shaper = new SKShaper(typeface);
            _shapers[typeface] = shaper;
        }

        return shaper;
    }

    /// <summary>The main family's face for the style, and whether it must be slanted (no italic face installed).</summary>
    private (SKTypeface Face, bool Slant) MainFace(PdfTextStyle style)
    {
        if (!style.Italic)
        {
            return (style.Bold ? _fonts.Bold : _fonts.Regular, false);
        }

        var italic = style.Bold ? _fonts.BoldItalic : _fonts.Italic;
        return italic is null ? (style.Bold ? _fonts.Bold : _fonts.Regular, true) : (italic, false);
    }

    private SKFont FontFor(SKTypeface typeface, float size, bool embolden, bool slant)
    {
        if (!_skFonts.TryGetValue((typeface, size, embolden, slant), out var font))
        {
            font = new SKFont(typeface, size)
            {
                Subpixel = true,
                Embolden = embolden,
                Edging = SKFontEdging.Antialias,
                Hinting = SKFontHinting.None,
                SkewX = slant ? -0.2f : 0f,
            };
            _skFonts[(typeface, size, embolden, slant)] = font;
        }

        return font;
    }
}
