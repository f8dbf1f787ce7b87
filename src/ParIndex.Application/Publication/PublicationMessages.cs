using ParIndex.Application.Common;

namespace ParIndex.Application.Publication;

internal static class PublicationMessages
{
    private static readonly MessageText Text = new(typeof(PublicationMessages));

    public static string NotApproved => Text.Get();
    public static string NoSigningKey => Text.Get();
    public static string CorrectionNeedsReason => Text.Get();
    public static string MinutesBeforeApproval => Text.Get();
    public static string DecisionBeforePublication => Text.Get();
    public static string SignedNotPdf => Text.Get();
    public static string SignedEmpty => Text.Get();
}
