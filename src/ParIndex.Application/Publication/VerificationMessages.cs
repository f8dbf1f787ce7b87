using ParIndex.Application.Common;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Publication;

/// <summary>
/// What the check of the publications found wrong, in the reader's language. The report is computed at each check and
/// never stored: the snapshot it reads is hashed and signed, these words about it are not.
/// </summary>
internal static class VerificationMessages
{
    private static readonly MessageText Text = new(typeof(VerificationMessages));

    public static string ContentHashMismatch => Text.Get();

    public static string ChainBroken => Text.Get();

    public static string Unsigned => Text.Get();

    public static string NoPublicKey => Text.Get();

    public static string OtherKey(string? used, string? portal) => Text.Format(nameof(OtherKey), used, portal);

    public static string SignatureMismatch => Text.Get();

    public static string Unreadable => Text.Get();

    public static string OnlyInDatabase => Text.Get();

    public static string GoneFromDatabase => Text.Get();

    public static string ResultChanged(PublishedUnit published, PublishedUnit live) =>
        Text.Format(nameof(ResultChanged), published.Index, ClassName(published.Classification), published.Rank?.ToString(MessageText.NumberCulture) ?? "—",
            live.Index, ClassName(live.Classification), live.Rank?.ToString(MessageText.NumberCulture) ?? "—");

    public static string CriterionChanged(string code, string before, string after) => Text.Format(nameof(CriterionChanged), code, before, after);

    public static string RankMismatch(string unit, int rank, string index, int better) => Text.Format(nameof(RankMismatch), unit, rank, index, better);

    public static string ClassUnknown(string unit, string classification) => Text.Format(nameof(ClassUnknown), unit, classification);

    public static string ClassBelowBand(string unit, string index, Classification published, decimal lowerBound) =>
        Text.Format(nameof(ClassBelowBand), unit, index, Label(published), lowerBound);

    public static string ClassSkipped(string unit, string index, Classification reached, decimal lowerBound, Classification published) =>
        Text.Format(nameof(ClassSkipped), unit, index, Label(reached), lowerBound, Label(published));

    /// <summary>A class as the snapshot holds it (the enum's name) in the reader's words; anything else as written.</summary>
    public static string ClassName(string classification) =>
        Enum.TryParse<Classification>(classification, out var known) && Enum.IsDefined(known) ? Label(known) : classification;

    public static string Label(Classification classification) => Text.Get($"Class{classification}");
}
