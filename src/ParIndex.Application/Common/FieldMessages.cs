namespace ParIndex.Application.Common;

/// <summary>
/// What validators say about fields several features share — document numbers, signers, reasons, the council's
/// vote — in the reader's language (FieldMessages(.en).resx). Lengths are {MaxLength}: the number lives in
/// <c>Domain.Common.TextLimits</c> only.
/// </summary>
internal static class FieldMessages
{
    private static readonly MessageText Text = new(typeof(FieldMessages));

    public static string DocumentNumberTooLong => Text.Get();
    public static string PersonOrBodyTooLong => Text.Get();
    public static string ReasonTooLong => Text.Get();
    public static string NotesTooLong => Text.Get();
    public static string UrlTooLong => Text.Get();
    public static string UrlScheme => Text.Get();
    public static string ApprovalNumberRequired => Text.Get();
    public static string MembersRange => Text.Get();
    public static string InFavourNegative => Text.Get();
    public static string InFavourAboveMembers => Text.Get();
    public static string PresentRange => Text.Get();
    public static string PresentAboveMembers => Text.Get();
    public static string DecisionBeforeMeeting => Text.Get();
    public static string MeetingInFuture => Text.Get();
    public static string PublishNumberRequired => Text.Get();
    public static string SignerRequired => Text.Get();
    public static string SignerTooLong => Text.Get();
    public static string DecisionInFuture => Text.Get();
    public static string ExtensionReasonRequired => Text.Get();
    public static string NewDeadlineInPast => Text.Get();
    public static string DocumentNodesRequired => Text.Get();
    public static string DocumentTitleRequired => Text.Get();
    public static string DocumentTitleTooLong => Text.Get();
    public static string DocumentNumberRequired => Text.Get();
    public static string IssuedOnRequired => Text.Get();
    public static string IssuedOnFuture => Text.Get();
    public static string IssuerRequired => Text.Get();
    public static string IssuerTooLong => Text.Get();

    /// <summary>"quá nửa" / "hơn 60%": the share of the members the council's rule needs.</summary>
    public static string Share(int percent, bool isDefault) => isDefault ? Text.Get("MoreThanHalf") : Text.Format("MoreThanPercent", percent);

    public static string QuorumNotMet(int present, int members, string share, int needed) => Text.Format(nameof(QuorumNotMet), present, members, share, needed);

    public static string MajorityNotMet(int inFavour, int members, string share, int needed) => Text.Format(nameof(MajorityNotMet), inFavour, members, share, needed);
}
