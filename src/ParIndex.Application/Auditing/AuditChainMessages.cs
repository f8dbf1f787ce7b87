using ParIndex.Application.Common;

namespace ParIndex.Application.Auditing;

/// <summary>
/// What the audit chain's walk found wrong, in the reader's language. These texts are a report computed at each check,
/// never stored in the trail, so they are not hashed and may follow the reader.
/// </summary>
internal static class AuditChainMessages
{
    private static readonly MessageText Text = new(typeof(AuditChainMessages));

    public static string NoHeadOutside => Text.Get();

    public static string RowsNotWrittenAfterHead(long first, long last, long head) => Text.Format(nameof(RowsNotWrittenAfterHead), first, last, head);

    public static string RowsDeleted(long first, long last, string action, DateTime at, long end) =>
        Text.Format(nameof(RowsDeleted), first, last, action, at, end);

    public static string TailCut(long first, long last, string action, DateTime at, long remaining, string entry) =>
        Text.Format(nameof(TailCut), first, last, action, at, remaining, entry);

    public static string RowMissing(long sequence, string action, DateTime at) => Text.Format(nameof(RowMissing), sequence, action, at);

    public static string RowRewritten(long sequence, string action, DateTime at) => Text.Format(nameof(RowRewritten), sequence, action, at);

    public static string RowsInserted(long first, long last, long after) => Text.Format(nameof(RowsInserted), first, last, after);

    public static string EntryEdited => Text.Get();

    public static string RowsMissing(long first, long last) => Text.Format(nameof(RowsMissing), first, last);

    public static string SequenceBroken(long sequence, long previous) => Text.Format(nameof(SequenceBroken), sequence, previous);

    public static string Unnumbered => Text.Get();

    public static string FirstRowBroken => Text.Get();

    public static string ChainBrokenRowsGone(long first, long last, long previousId) => Text.Format(nameof(ChainBrokenRowsGone), first, last, previousId);

    public static string ChainBroken(long previousId) => Text.Format(nameof(ChainBroken), previousId);
}
