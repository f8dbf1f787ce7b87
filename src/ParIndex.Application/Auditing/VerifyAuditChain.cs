using ParIndex.Application.Common;
using ParIndex.Domain.Auditing;

namespace ParIndex.Application.Auditing;

/// <summary>
/// Recomputes the audit trail's hash chain and names every row that was edited, deleted or reordered outside the
/// portal (ASVS 5.0 16.4.2, NIST AU-9). Administrators only; operators run the same check as <c>verify-audit</c>.
/// </summary>
public sealed record VerifyAuditChain;

public sealed record AuditChainReport(bool Passed, long EntriesChecked, long? LastEntryId, string? LastHash, DateTime CheckedAtUtc,
    int ProblemCount, IReadOnlyList<AuditChainProblem> Problems);

/// <summary>A row where the chain fails, with what is wrong in Vietnamese.</summary>
public sealed record AuditChainProblem(long EntryId, DateTime OccurredAtUtc, string Action, string Message);

public sealed class VerifyAuditChainHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<AuditChainReport> HandleAsync(VerifyAuditChain request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "audit.chainVerified", nameof(AuditEntry), null, ct, Roles.Administrator);
        return await AuditChain.VerifyAsync(db, clock, ct);
    }
}
