using ParIndex.Application.Common;
using ParIndex.Domain.Improvement;

namespace ParIndex.Application.Improvement;

/// <summary>What people read when an improvement plan refuses an input (ImprovementMessages(.en).resx).</summary>
internal static class ImprovementMessages
{
    private static readonly MessageText Text = new(typeof(ImprovementMessages));

    public static string TitleRequired => Text.Get();
    public static string OwnerRequired => Text.Get();
    public static string DueDatePast => Text.Get();
    public static string NoteRequired => Text.Get();
    public static string NotALostPoint => Text.Get();
    public static string NotDecided => Text.Get();
    public static string StatusComputed => Text.Get();
    public static string UnknownCriterion => Text.Get();

    public static string TitleTooLong => Text.Format(nameof(TitleTooLong), ImprovementTask.MaxTitleLength);
    public static string ActionTooLong => Text.Format(nameof(ActionTooLong), ImprovementTask.MaxActionLength);
    public static string OwnerTooLong => Text.Format(nameof(OwnerTooLong), ImprovementTask.MaxOwnerLength);
    public static string NoteTooLong => Text.Format(nameof(NoteTooLong), ImprovementNote.MaxTextLength);

    public static string WhatIfNotDecided => Text.Get();
    public static string WhatIfTotalsOnly => Text.Get();

    public static string WhatIfTooManyCriteria(int max) => Text.Format(nameof(WhatIfTooManyCriteria), max);

    public static string Transition(ImprovementStatus from, ImprovementStatus to) =>
        Text.Format(nameof(Transition), Word(from), Word(to));

    public static string Word(ImprovementStatus status) => Text.Get($"Status.{status}");
}
