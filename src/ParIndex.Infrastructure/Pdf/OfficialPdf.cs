using ParIndex.Application.Documents;

namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// The parts of an administrative document (Decree 30/2020/NĐ-CP, shared/research/official-documents.md) as PDF: the
/// two-column letterhead, the document's type and summary, an annex's heading, and the footer with the recipients
/// ("Nơi nhận") beside the signer. Sizes follow the decree's illustration column (12–14 pt, Times New Roman).
/// </summary>
internal static class OfficialPdf
{
    public const string NationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>A4 portrait, margins top 20 mm, bottom 15 mm above the footer line, left 30 mm, right 15 mm.</summary>
    public static PdfPageSetup Portrait { get; } = new(PdfOrientation.Portrait, 85f, 57f, 42.5f, 36f);

    /// <summary>A4 landscape for wide tables: the binding edge moves to the top.</summary>
    public static PdfPageSetup Landscape { get; } = new(PdfOrientation.Landscape, 57f, 57f, 42.5f, 30f);

    public static readonly PdfTextStyle Body = new(13f);

    /// <summary>
    /// Parent body (upright) and issuing body (bold, ruled) with the number on the left; Quốc hiệu and Tiêu ngữ (bold,
    /// the motto ruled its full length) with the place and date (italic) on the right. An attachment has neither
    /// number nor date.
    /// </summary>
    public static void Letterhead(PdfDocumentBuilder document, string? parent, string issuer, string? number, string? placeAndDate)
    {
        var left = new List<PdfBlockLine>();
        if (parent is not null)
        {
            left.Add(new(parent, new PdfTextStyle(12f)));
        }

        left.Add(new(issuer, new PdfTextStyle(12f, true), RuleUnder: 0.4f));
        if (number is not null)
        {
            left.Add(new(number, new PdfTextStyle(13f), SpaceBefore: 2f));
        }

        List<PdfBlockLine> right =
        [
            new(NationalTitle, new PdfTextStyle(12f, true)),
            new(Motto, new PdfTextStyle(13f, true), RuleUnder: 1f),
        ];
        if (placeAndDate is not null)
        {
            right.Add(new(placeAndDate, new PdfTextStyle(13f, Italic: true), SpaceBefore: 2f));
        }

        document.Columns(14f, new PdfBlockColumn(0.4f, left), new PdfBlockColumn(0.6f, right));
    }

    /// <summary>"BÁO CÁO" and its summary, centred and bold, a short rule under the summary.</summary>
    public static void Title(PdfDocumentBuilder document, string type, string summary) =>
        document.Columns(10f, new PdfBlockColumn(1f,
        [
            new(type, new PdfTextStyle(14f, true)),
            new(summary, new PdfTextStyle(14f, true), RuleUnder: 0.35f),
        ]));

    /// <summary>"Phụ lục" (14 bold), the title in capitals (13 bold) and the reference to the decision (italic).</summary>
    public static void AnnexHeading(PdfDocumentBuilder document, string label, string title, string reference) =>
        document.Columns(8f, new PdfBlockColumn(1f,
        [
            new(label, new PdfTextStyle(14f, true)),
            new(title, new PdfTextStyle(13f, true)),
            new(reference, new PdfTextStyle(13f, Italic: true), SpaceBefore: 2f, RuleUnder: 0.3f),
        ]));

    /// <summary>
    /// "Nơi nhận:" (12 bold italic) and its list (11) on the left, level with the signer's authority; the signer's
    /// authority and title (bold capitals), room for the signature and seal, and the name (bold) on the right.
    /// </summary>
    public static void Signature(PdfDocumentBuilder document, IReadOnlyList<string> recipients, SignerOptions signer)
    {
        var left = new List<PdfBlockLine>();
        if (recipients.Count > 0)
        {
            left.Add(new("Nơi nhận:", new PdfTextStyle(12f, true, Italic: true), PdfAlign.Left));
            left.AddRange(recipients.Select(r => new PdfBlockLine(r, new PdfTextStyle(11f), PdfAlign.Left)));
        }

        var right = new List<PdfBlockLine>();
        foreach (var line in new[] { signer.Authority, signer.Title }.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            right.Add(new(line.Trim(), new PdfTextStyle(13f, true)));
        }

        // Room for the signature and the seal (or their images in the signed file).
        right.Add(new(string.IsNullOrWhiteSpace(signer.Name) ? " " : signer.Name.Trim(), new PdfTextStyle(13f, true), SpaceBefore: 62f));
        document.Space(10f);
        document.Columns(0f, new PdfBlockColumn(0.45f, left), new PdfBlockColumn(0.55f, right));
    }
}
