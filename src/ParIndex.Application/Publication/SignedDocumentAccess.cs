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

    public static string NotApproved => PublicationMessages.MinutesBeforeApproval;

    public static string NotPublished => PublicationMessages.DecisionBeforePublication;

    public static string Action(SignedDocumentKind kind) =>
        kind == SignedDocumentKind.CouncilMinutes ? "signedDocument.minutesAttached" : "signedDocument.decisionAttached";
}
