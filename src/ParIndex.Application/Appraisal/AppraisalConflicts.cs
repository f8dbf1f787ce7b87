using ParIndex.Application.Common;
using ParIndex.Application.Users;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Appraisal;

/// <summary>
/// A second inspector's change meets a version of the criterion newer than the one they looked at: the attempt is
/// audited and refused with who saved what, never a silent overwrite (D1).
/// </summary>
internal static class AppraisalConflicts
{
    public static async Task RefuseAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, IUserAccounts accounts, string action,
        AppraisalRound round, decimal attempted, CriterionResponse current, CancellationToken ct)
    {
        var (score, by, at) = round == AppraisalRound.First
            ? (current.Round1Score, current.Round1ByUserId, current.Round1AtUtc)
            : (current.Round2Score, current.Round2ByUserId, current.Round2AtUtc);
        var name = by is { } id ? (await accounts.FindAsync(id, ct))?.FullName : null;
        db.Audit(user, clock, action, nameof(CriterionResponse), current.Id,
            new { SavedScore = score, SavedBy = name }, new { Attempted = attempted, refused = "conflict" }, succeeded: false);
        await db.SaveChangesAsync(ct);
        var message = score is null
            ? AppraisalMessages.ChangedMeanwhile
            : AppraisalMessages.SavedMeanwhile(name, score.Value, VietnamTime.Format(at), attempted);
        throw new AppraisalConflictException(message, score, name, at);
    }
}
