using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>
/// Home Affairs (the administrator) designs the survey, issues invitations, closes it and applies its results; the
/// province's inspectors, council and leaders follow progress and results. Respondents have no account: their code is
/// their only key (<see cref="Respondent"/>). Refusals are audited before the 403.
/// </summary>
public static class SurveyAccess
{
    public static readonly string[] Managers = [Roles.Administrator];

    public static readonly string[] Readers = [Roles.Administrator, Roles.Inspector, Roles.CouncilMember, Roles.Leader];

    internal static Task RequireManagerAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, string action, object? entityId, CancellationToken ct) =>
        user.RequireAnyRoleAsync(db, clock, action, nameof(Survey), entityId, ct, Managers);

    internal static Task RequireReaderAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, string action, object? entityId, CancellationToken ct) =>
        user.RequireAnyRoleAsync(db, clock, action, nameof(Survey), entityId, ct, Readers);
}

/// <summary>
/// Who the audit trail names for a respondent's step: nobody. No user, no address: a time and an address beside a
/// submission could be matched to an invitation, and the answers must not be (docs/methodology.md, anonymity).
/// </summary>
internal sealed class Respondent : ICurrentUser
{
    public static Respondent Instance { get; } = new();

    public bool IsAuthenticated => false;

    public Guid? UserId => null;

    // Stored in the audit entry and covered by its SHA-256 chain: the record's language (Vietnamese), not the reader's;
    // changing it would make new entries name respondents differently from the ones already hashed.
    public string? UserName => "người trả lời khảo sát";

    public Guid? UnitId => null;

    public IReadOnlyCollection<string> Roles => [];

    public string? IpAddress => null;
}
