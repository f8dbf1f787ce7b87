using DocumentFormat.OpenXml.Wordprocessing;
using ParIndex.Application.Documents;
using static ParIndex.Infrastructure.Office.WordElements;

namespace ParIndex.Infrastructure.Office;

/// <summary>
/// The parts of an administrative document (Decree 30/2020/NĐ-CP) in Word: the borderless two-column letterhead,
/// the type and summary with a short rule, an annex's heading, and the borderless footer with "Nơi nhận" beside the
/// signer block. Sizes in half-points as the decree's illustration column gives them (12–14 pt).
/// </summary>
internal static class OfficialWord
{
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    private static readonly TextFormat Small = TextFormat.Centered with { Size = 24 };

    /// <summary>
    /// Parent body (upright) and issuing body (bold, a rule under it) with the number on the left; Quốc hiệu and Tiêu
    /// ngữ (bold, ruled) with the place and date in italics on the right. An attachment has neither number nor date.
    /// </summary>
    public static Table Letterhead(int textWidth, string? parent, string issuer, string? number, string? placeAndDate)
    {
        var leftWidth = textWidth * 2 / 5;
        int[] widths = [leftWidth, textWidth - leftWidth];
        var table = Table(widths, borders: false);
        var left = new List<Paragraph>();
        if (parent is not null)
        {
            left.Add(Para(parent, Small));
        }

        // A name set on two lines by the caller ("ỦY BAN NHÂN DÂN" / "TỈNH SÔNG LAM") breaks where an office would break it.
        left.AddRange(issuer.Split('\n').Select(line => Para(line.Trim(), Small.Strong)));
        left.Add(Rule(widths[0], Math.Min(widths[0], 1400)));
        if (number is not null)
        {
            left.Add(Para(number, Small with { Size = BodySize, Before = 60 }));
        }

        var right = new List<Paragraph>
        {
            Para(NationalTitle, Small.Strong),
            Para(Motto, TextFormat.Centered.Strong),
            Rule(widths[1], 3000),
        };
        if (placeAndDate is not null)
        {
            right.Add(Para(placeAndDate, TextFormat.Centered with { Italic = true, Before = 60 }));
        }

        table.Append(new TableRow(Cell(widths[0], left), Cell(widths[1], right)));
        return table;
    }

    /// <summary>"QUYẾT ĐỊNH" and its summary, bold 14, centred, a short rule under the summary.</summary>
    public static IEnumerable<Paragraph> Title(int textWidth, string type, string summary) =>
    [
        Para(type, TextFormat.Centered.Strong with { Size = 28, Before = 240 }),
        Para(summary, TextFormat.Centered.Strong with { Size = 28 }),
        Rule(textWidth, 1800),
    ];

    /// <summary>"Phụ lục" (14 bold), the title in capitals (13 bold) and the reference to the decision (italic 13).</summary>
    public static IEnumerable<Paragraph> AnnexHeading(int textWidth, string label, string title, string reference) =>
    [
        Para(label, TextFormat.Centered.Strong with { Size = 28, Before = 120 }),
        Para(title, TextFormat.Centered.Strong),
        Para(reference, TextFormat.Centered with { Italic = true }),
        Rule(textWidth, 2400),
    ];

    /// <summary>
    /// "Nơi nhận:" (12 bold italic) and its list (11) on the left, level with the signer's authority (bold capitals);
    /// room for the signature and seal, then the signer's name (bold) on the right.
    /// </summary>
    public static Table Signature(int textWidth, IReadOnlyList<string> recipients, SignerOptions signer)
    {
        var leftWidth = textWidth * 9 / 20;
        int[] widths = [leftWidth, textWidth - leftWidth];
        var table = Table(widths, borders: false);
        var left = new List<Paragraph>();
        if (recipients.Count > 0)
        {
            left.Add(Para("Nơi nhận:", new TextFormat(Bold: true, Italic: true, Size: 24, After: 0, Line: 240)));
            left.AddRange(recipients.Select(r => Para(r, new TextFormat(Size: 22, After: 0, Line: 240))));
        }

        var right = new[] { signer.Authority, signer.Title }.Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => Para(l.Trim(), TextFormat.Centered.Strong with { Size = 28 })).ToList();
        // Room for the signature and the seal.
        right.AddRange(Enumerable.Range(0, 4).Select(_ => Para(string.Empty, TextFormat.Centered)));
        right.Add(Para(signer.Name.Trim(), TextFormat.Centered.Strong with { Size = 28 }));
        table.Append(Row(Cell(widths[0], left), Cell(widths[1], right)));
        return table;
    }
}
