using ParIndex.Application.Common;
using ParIndex.Domain.Auditing;

namespace ParIndex.Application.Auditing;

/// <summary>
/// Recomputes the audit trail's hash chain and names every row that was edited, deleted or reordered outside the
/// portal (ASVS 5.0 16.4.2, NIST AU-9). Administrators only; operators run the same check as <c>verify-audit</c>.
/// </summary>
public sealed record VerifyAuditChain;

/// <summary>
/// <see cref="LastSequence"/> is the number of the trail's last entry in the database; <see cref="RecordedHeadSequence"/>
/// the last one the portal recorded outside it (null when no head store is configured or none was written yet).
/// </summary>
public sealed record AuditChainReport(bool Passed, long EntriesChecked, long? LastEntryId, string? LastHash, DateTime CheckedAtUtc,
    int ProblemCount, IReadOnlyList<AuditChainProblem> Problems, long? LastSequence = null, long? RecordedHeadSequence = null);

/// <summary>
/// A row where the chain fails, with what is wrong in the reader's language. <see cref="EntryId"/> is 0 for rows that are missing
/// (a cut tail); <see cref="Sequence"/> names the first missing or wrong number.
/// </summary>
public sealed record AuditChainProblem(long EntryId, DateTime OccurredAtUtc, string Action, string Message, long? Sequence = null);

public sealed class VerifyAuditChainHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, IAuditHeadStore heads)
{
    public async Task<AuditChainReport> HandleAsync(VerifyAuditChain request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "audit.chainVerified", nameof(AuditEntry), null, ct, Roles.Administrator);
        return await AuditChain.VerifyAsync(db, clock, heads, ct);
    }
}
