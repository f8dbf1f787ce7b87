using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

/// <summary>One line of a unit's submission history as the unit and its inspectors read it.</summary>
public sealed record SubmissionEntry(SubmissionKind Kind, DateTime AtUtc, string ByName, string? Reason);

internal static class SubmissionHistory
{
    public static async Task<IReadOnlyList<SubmissionEntry>> ReadAsync(IParIndexDb db, Guid assessmentId, CancellationToken ct) =>
        await db.SubmissionRecords.AsNoTracking().Where(r => r.AssessmentId == assessmentId)
            .OrderBy(r => r.AtUtc).ThenBy(r => r.Id)
            .Select(r => new SubmissionEntry(r.Kind, r.AtUtc, r.ByName, r.Reason)).ToListAsync(ct);

    /// <summary>The name written in the history: the person's full name, else the account name.</summary>
    public static string NameOf(ICurrentUser user) =>
        !string.IsNullOrWhiteSpace(user.FullName) ? user.FullName : user.UserName ?? user.UserId?.ToString() ?? "?";

    /// <summary>
    /// Who may return a unit's submission: an administrator, an inspector assigned the whole unit, or — while the unit
    /// has no such inspector yet — any Home Affairs inspector (one not limited to domains as a lead agency).
    /// </summary>
    public static async Task<bool> MayReturnAsync(IParIndexDb db, ICurrentUser user, Guid periodId, Guid unitId, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            return true;
        }

        if (!user.IsInRole(Roles.Inspector) || user.UserId is not { } userId)
        {
            return false;
        }

        var assignments = await db.AppraisalAssignments.AsNoTracking().Where(a => a.PeriodId == periodId
            && (a.UnitId == unitId || a.InspectorUserId == userId)).Select(a => new { a.InspectorUserId, a.UnitId, a.DomainNodeId }).ToListAsync(ct);
        if (assignments.Any(a => a.UnitId == unitId && a.InspectorUserId == userId))
        {
            return true;
        }

        return !assignments.Any(a => a.UnitId == unitId) && !assignments.Any(a => a.InspectorUserId == userId && a.DomainNodeId != null);
    }
}
