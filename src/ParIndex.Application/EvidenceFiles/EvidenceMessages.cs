using ParIndex.Application.Common;

namespace ParIndex.Application.EvidenceFiles;

/// <summary>
/// What an evidence upload says when it refuses, in the reader's language (EvidenceMessages(.en).resx): the use case's
/// refusals and those of the file inspection in Infrastructure (type, name, image, PDF and Office package checks).
/// </summary>
public static class EvidenceMessages
{
    private static readonly MessageText Text = new(typeof(EvidenceMessages));

    public static string CriteriaRequired => Text.Get();

    public static string Empty => Text.Get();

    public static string NotAllowed => Text.Get();

    public static string BadName => Text.Get();

    public static string BrokenImage => Text.Get();

    public static string PixelFlood => Text.Get();

    public static string NotAPdf => Text.Get();

    public static string OfficeCorrupt => Text.Get();

    public static string OfficeBomb => Text.Get();

    public static string OfficeTooManyParts => Text.Get();

    public static string OfficeUnsafePath => Text.Get();

    public static string Macro => Text.Get();

    /// <summary>The content proves another type than the extension (".pdf") says.</summary>
    public static string Mismatch(string extension) => Text.Format(nameof(Mismatch), extension);

    public static string TooLarge(long maxBytes) => Text.Format(nameof(TooLarge), maxBytes / (1024 * 1024));

    public static string OverQuota(long used, long incoming, long quota) => Text.Format(nameof(OverQuota), Size(used), Size(quota), Size(incoming));

    /// <summary>"1,5 MB" in Vietnamese, "1.5 MB" in English.</summary>
    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(MessageText.NumberCulture, $"{bytes / (1024m * 1024m):0.#} MB")
        : string.Create(MessageText.NumberCulture, $"{bytes / 1024m:0.#} KB");
}
