using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.EvidenceFiles;

/// <summary>
/// Per-agency upload quota (issue 16.8, C2): the files a unit keeps for one period may not add up to more than
/// <see cref="EvidenceOptions.MaxBytesPerUnitPerPeriod"/>. A refusal says how much is used and what to do, and is audited.
/// </summary>
internal static class UploadQuota
{
    public static async Task RequireRoomAsync(IParIndexDb db, ICurrentUser user, TimeProvider clock, EvidenceOptions options,
        Guid unitId, Guid periodId, long incomingBytes, CancellationToken ct)
    {
        if (options.MaxBytesPerUnitPerPeriod <= 0)
        {
            return;
        }

        var used = await db.Evidence.AsNoTracking().Where(e => e.UnitId == unitId && e.PeriodId == periodId && e.Kind == EvidenceKind.File)
            .SumAsync(e => e.SizeBytes ?? 0L, ct);
        if (used + incomingBytes <= options.MaxBytesPerUnitPerPeriod)
        {
            return;
        }

        db.Audit(user, clock, "evidence.quotaExceeded", nameof(Evidence), null, null,
            new { UsedBytes = used, IncomingBytes = incomingBytes, QuotaBytes = options.MaxBytesPerUnitPerPeriod }, succeeded: false);
        await db.SaveChangesAsync(ct);
        throw new ValidationException([new ValidationFailure(nameof(UploadEvidence.Content), Refusal(used, incomingBytes, options.MaxBytesPerUnitPerPeriod))]);
    }

    public static string Refusal(long used, long incoming, long quota) => EvidenceMessages.OverQuota(used, incoming, quota);
}
