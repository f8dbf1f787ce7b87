using ParIndex.Application.Common;
using ParIndex.Domain.Publications;

namespace ParIndex.Application.Publication;

/// <summary>Who attaches and who reads the signed minutes and decisions, and what a refusal says.</summary>
internal static class SignedDocumentAccess
{
    /// <summary>The roles that record the approval (the council) and that publish (Home Affairs' administrator).</summary>
    public static string[] Attachers(SignedDocumentKind kind) => kind == SignedDocumentKind.CouncilMinutes
        ? [Roles.Administrator, Roles.CouncilMember]
        : [Roles.Administrator];

    /// <summary>The internal roles that see the workflow page, where the approval and the publication are shown.</summary>
    public static readonly string[] Readers = [Roles.Administrator, Roles.Inspector, Roles.CouncilMember, Roles.Leader];

    public const string NotApproved = "Chỉ đính kèm biên bản họp khi Hội đồng đã phê duyệt kết quả của kỳ đánh giá.";

    public const string NotPublished = "Chỉ đính kèm quyết định công bố đã ký khi kết quả đã được công bố.";

    public static string Action(SignedDocumentKind kind) =>
        kind == SignedDocumentKind.CouncilMinutes ? "signedDocument.minutesAttached" : "signedDocument.decisionAttached";
}
