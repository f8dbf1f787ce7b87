using ParIndex.Application.Publication;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// The past years' publication decisions, chained in year order as if the portal had published them, so the public
/// pages, the reports' hash and the verify command work on the demo from the start.
/// </summary>
internal static class DemoPublications
{
    public static async Task RecordAsync(ParIndexDbContext db, IPublicationSigner signer, IEnumerable<EvaluationPeriod> published, Guid administratorId, CancellationToken ct)
    {
        foreach (var period in published.OrderBy(p => p.Year))
        {
            var publishedAt = period.PublishedAtUtc ?? throw new InvalidOperationException($"Demo period {period.Year} was not published.");
            var decision = new PublicationDecision(
                $"{380 + (period.Year % 100)}/QĐ-UBND",
                DemoCalendar.VietnamDate(publishedAt),
                "Chủ tịch UBND tỉnh (minh họa)");
            await PublicationChain.AppendAsync(db, signer, period, decision, null, null, administratorId, publishedAt, ct);

            // Each link hashes over the one before, which must be saved to be found.
            await db.SaveChangesAsync(ct);
        }
    }
}
