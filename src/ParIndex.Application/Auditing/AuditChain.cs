using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Auditing;

namespace ParIndex.Application.Auditing;

/// <summary>
/// The audit trail's hash chain (docs/adr/0005): how an entry is hashed, and the walk that recomputes every hash in
/// insertion order. An edited row no longer matches its own hash; a deleted, inserted or reordered row breaks the
/// link to the row after it. The walk streams the trail, so a national-size trail never sits in memory.
/// </summary>
public static class AuditChain
{
    /// <summary>At most this many problems are listed; the count covers them all.</summary>
    public const int MaxListedProblems = 100;

    public static string Sha256Hex(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static async Task<AuditChainReport> VerifyAsync(IParIndexDb db, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var problems = new List<AuditChainProblem>();
        var problemCount = 0;
        long checkedCount = 0;
        AuditEntry? previous = null;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            checkedCount++;
            foreach (var message in Problems(previous, entry))
            {
                problemCount++;
                if (problems.Count < MaxListedProblems)
                {
                    problems.Add(new(entry.Id, entry.OccurredAtUtc, entry.Action, message));
                }
            }

            previous = entry;
        }

        return new AuditChainReport(problemCount == 0, checkedCount, previous?.Id, previous?.Hash, clock.GetUtcNow().UtcDateTime,
            problemCount, problems);
    }

    private static IEnumerable<string> Problems(AuditEntry? previous, AuditEntry entry)
    {
        if (!entry.IsIntact(Sha256Hex))
        {
            yield return "Nội dung dòng nhật ký đã bị sửa: không còn khớp với mã băm SHA-256 của nó.";
        }

        if (!string.Equals(entry.PreviousHash, previous?.Hash, StringComparison.Ordinal))
        {
            yield return previous is null
                ? "Chuỗi nhật ký bị đứt ở dòng đầu tiên: các dòng trước nó đã bị xóa."
                : entry.Id - previous.Id > 1
                    ? string.Format(CultureInfo.InvariantCulture,
                        "Chuỗi nhật ký bị đứt: mã băm của dòng trước không khớp; các dòng từ #{0} đến #{1} đã bị xóa hoặc dòng #{2} đã bị sửa.",
                        previous.Id + 1, entry.Id - 1, previous.Id)
                    : string.Format(CultureInfo.InvariantCulture,
                        "Chuỗi nhật ký bị đứt: mã băm của dòng trước (#{0}) không khớp; dòng đó đã bị sửa hoặc thứ tự đã bị thay đổi.", previous.Id);
        }
    }
}
