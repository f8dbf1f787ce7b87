using FluentValidation;
using FluentValidation.Results;
using ParIndex.Application.Common;

namespace ParIndex.Application.Units;

/// <summary>The messages of the units and blocks use cases, shared by validators and handlers (UnitMessages(.en).resx).</summary>
internal static class UnitMessages
{
    private static readonly MessageText Text = new(typeof(UnitMessages));

    public static string CodeRequired => Text.Get();
    public static string CodeTooLong => Text.Get();
    public static string CodeFormat => Text.Get();
    public static string UnitCodeTaken => Text.Get();
    public static string BlockCodeTaken => Text.Get();
    public static string NameRequired => Text.Get();
    public static string NameTooLong => Text.Get();

    public static string NotAssessedIn(string periodName, string blockName) => Text.Format(nameof(NotAssessedIn), periodName, blockName);

    public static string NameOneLine => Text.Get();
    public static string BlockRequired => Text.Get();
    public static string BlockNotFound => Text.Get();
    public static string SameBlock => Text.Get();
    public static string KindInvalid => Text.Get();
    public static string SortOrderInvalid => Text.Get();
    public static string UnitInactive => Text.Get();
    public static string MergeSourceRequired => Text.Get();
    public static string MergeTargetRequired => Text.Get();
    public static string MergeIntoItself => Text.Get();
    public static string MergeSourceInactive => Text.Get();
    public static string MergeTargetInactive => Text.Get();
    public static string MergeTargetNotFound => Text.Get();
    public static string EffectiveDateRequired => Text.Get();
    public static string DecisionTooLong => Text.Get();

    public static string MergeClosesOpenAssessments(IEnumerable<string> periods) =>
        Text.Format(nameof(MergeClosesOpenAssessments), string.Join("; ", periods));

    /// <summary>Stored as the closed assessment's reason, so it stays in the record's language (Vietnamese).</summary>
    public static string MergeClosedReason(string targetName, DateOnly effectiveOn, string? decision) =>
        $"Đơn vị đã sáp nhập vào {targetName} từ ngày {effectiveOn:dd/MM/yyyy}{(string.IsNullOrWhiteSpace(decision) ? string.Empty : $" theo {decision.Trim()}")}; "
        + "bản đánh giá kỳ này không tính điểm, tài liệu kiểm chứng chuyển cho đơn vị nhận.";

    /// <summary>Code pattern shared by units and blocks (readable in URLs, exports and imports); the stored code is trimmed.</summary>
    public const string CodePattern = @"^\s*[A-Za-z0-9._-]+\s*$";

    public static ValidationException Invalid(string propertyName, string message) =>
        new([new ValidationFailure(propertyName, message)]);
}
