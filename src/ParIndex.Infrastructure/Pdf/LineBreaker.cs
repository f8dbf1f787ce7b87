using System.Globalization;
using System.Text;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// Greedy word wrapping by measured width: words break at spaces, explicit line breaks are kept, and a word wider
/// than the line (a hash, a long code) is cut between characters, never inside a letter with its marks.
/// </summary>
public static class LineBreaker
{
    public static IReadOnlyList<ShapedText> Wrap(PdfTextShaper shaper, string text, PdfTextStyle style, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(shaper);
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<ShapedText>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            WrapParagraph(shaper, paragraph.Trim(), style, maxWidth, lines);
        }

        return lines;
    }

    private static void WrapParagraph(PdfTextShaper shaper, string paragraph, PdfTextStyle style, float maxWidth, List<ShapedText> lines)
    {
        var whole = shaper.Shape(paragraph, style);
        if (whole.Width <= maxWidth)
        {
            lines.Add(whole);
            return;
        }

        var space = shaper.Measure(" ", style);
        var line = new StringBuilder();
        var width = 0f;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = shaper.Measure(word, style);
            if (line.Length > 0 && width + space + wordWidth <= maxWidth)
            {
                line.Append(' ').Append(word);
                width += space + wordWidth;
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(shaper.Shape(line.ToString(), style));
                line.Clear();
                width = 0f;
            }

            if (wordWidth <= maxWidth)
            {
                line.Append(word);
                width = wordWidth;
                continue;
            }

            // Too long for any line: fill lines character by character; the rest starts the next line.
            var rest = CutLongWord(shaper, word, style, maxWidth, lines);
            line.Append(rest);
            width = shaper.Measure(rest, style);
        }

        if (line.Length > 0)
        {
            lines.Add(shaper.Shape(line.ToString(), style));
        }
    }

    private static string CutLongWord(PdfTextShaper shaper, string word, PdfTextStyle style, float maxWidth, List<ShapedText> lines)
    {
        var piece = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (piece.Length > 0 && shaper.Measure(piece.ToString() + element, style) > maxWidth)
            {
                lines.Add(shaper.Shape(piece.ToString(), style));
                piece.Clear();
            }

            piece.Append(element);
        }

        return piece.ToString();
    }
}
