using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Publication;

/// <summary>The current published version of every published year, read from the snapshots alone.</summary>
internal static class PublicSnapshots
{
    public sealed record Current(Guid PeriodId, PublicationStamp Stamp, PublishedResults Results);

    public static async Task<Dictionary<int, Current>> CurrentAsync(IParIndexDb db, CancellationToken ct)
    {
        var rows = await db.Publications.AsNoTracking().Where(p => p.SupersededById == null).ToListAsync(ct);
        var result = new Dictionary<int, Current>();
        foreach (var row in rows)
        {
            var results = PublicationSnapshot.Read(row.Snapshot);
            result[results.Year] = new Current(row.PeriodId,
                new PublicationStamp(row.Id, row.Version, row.DecisionNumber, row.DecisionDate, row.Signer, row.PublishedAtUtc, row.Sha256,
                    PublicationStamps.VerifyPathOf(row.Id)),
                results);
        }

        return result;
    }

    public static decimal Number(string figure) => decimal.Parse(figure, NumberStyles.Number, CultureInfo.InvariantCulture);
}
