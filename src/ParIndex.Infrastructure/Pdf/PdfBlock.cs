namespace ParIndex.Infrastructure.Pdf;

/// <summary>
/// A line of a side-by-side block (a letterhead, a signer block): set in its column, wrapped when long, with an
/// optional solid rule under it as long as <see cref="RuleUnder"/> times the line's width (1 for the motto, 1/3 to 1/2
/// for an agency's name).
/// </summary>
public sealed record PdfBlockLine(string Text, PdfTextStyle Style, PdfAlign Align = PdfAlign.Center, float SpaceBefore = 0f, float RuleUnder = 0f);

/// <summary>A column of a side-by-side block: its share of the text width (fractions are normalised) and its lines.</summary>
public sealed record PdfBlockColumn(float Fraction, IReadOnlyList<PdfBlockLine> Lines);
