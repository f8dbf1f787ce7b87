using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Periods;
using PublicationRecord = ParIndex.Domain.Publications.Publication;

namespace ParIndex.Application.Publication;

/// <summary>
/// Recomputes every publication's SHA-256 and the chain between them, then compares each published period's current
/// snapshot with the results in the database, naming the publication and the unit wherever anything differs (a
/// score edited behind the portal's back). Anyone may run it; it reads only what was published. With a publication,
/// the report covers that one alone.
/// </summary>
public sealed record VerifyPublications(Guid? PublicationId = null);

public sealed record VerificationReport(bool Passed, DateTime CheckedAtUtc, IReadOnlyList<VerifiedPublication> Publications, IReadOnlyList<VerificationProblem> Problems);

public sealed record VerifiedPublication(Guid Id, int Year, int Version, long Sequence, string DecisionNumber, DateTime PublishedAtUtc, string Sha256,
    string? PreviousSha256, bool IsCurrent, bool Passed);

public sealed record VerificationProblem(Guid PublicationId, int Year, int Version, string? UnitCode, string Message);

public sealed class VerifyPublicationsHandler(IParIndexDbFactory dbFactory, TimeProvider clock)
{
    public async Task<VerificationReport> HandleAsync(VerifyPublications request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var publications = await db.Publications.AsNoTracking().OrderBy(p => p.Sequence).ToListAsync(ct);
        var periods = await db.Periods.AsNoTracking().ToDictionaryAsync(p => p.Id, ct);
        var problems = new List<VerificationProblem>();
        string? previous = null;
        foreach (var (publication, index) in publications.Select((p, i) => (p, i)))
        {
            var year = periods[publication.PeriodId].Year;
            if (!publication.IsIntact)
            {
                problems.Add(new(publication.Id, year, publication.Version, null, "Nội dung đã công bố không còn khớp với mã băm SHA-256 của nó."));
            }

            if (publication.Sequence != index + 1 || publication.PreviousSha256 != previous)
            {
                problems.Add(new(publication.Id, year, publication.Version, null, "Chuỗi công bố bị đứt: mã băm của lần công bố trước không khớp."));
            }

            previous = publication.Sha256;
        }

        foreach (var current in publications.Where(p => p.SupersededById is null))
        {
            var period = periods[current.PeriodId];
            if (period.State is PeriodState.Published or PeriodState.Archived)
            {
                problems.AddRange(await CompareWithDatabaseAsync(db, period, current, ct));
            }
        }

        var shown = request.PublicationId is { } id ? publications.Where(p => p.Id == id).ToList() : publications;
        if (request.PublicationId is not null && shown.Count == 0)
        {
            throw new NotFoundException(nameof(PublicationRecord), request.PublicationId);
        }

        var failed = problems.Select(p => p.PublicationId).ToHashSet();
        if (request.PublicationId is { } only)
        {
            problems = [.. problems.Where(p => p.PublicationId == only)];
        }

        return new VerificationReport(problems.Count == 0, clock.GetUtcNow().UtcDateTime,
            [.. shown.Select(p => new VerifiedPublication(p.Id, periods[p.PeriodId].Year, p.Version, p.Sequence, p.DecisionNumber, p.PublishedAtUtc,
                p.Sha256, p.PreviousSha256, p.SupersededById is null, !failed.Contains(p.Id)))],
            problems);
    }

    private static async Task<IEnumerable<VerificationProblem>> CompareWithDatabaseAsync(IParIndexDb db, EvaluationPeriod period, PublicationRecord publication,
        CancellationToken ct)
    {
        PublishedResults published;
        try
        {
            published = PublicationSnapshot.Read(publication.Snapshot);
        }
        catch (System.Text.Json.JsonException)
        {
            return [new(publication.Id, period.Year, publication.Version, null, "Nội dung đã công bố không đọc được.")];
        }

        var live = await PublicationSnapshot.BuildAsync(db, period, ct);
        var before = published.Blocks.SelectMany(b => b.Units).ToDictionary(u => u.Code);
        var now = live.Blocks.SelectMany(b => b.Units).ToDictionary(u => u.Code);
        var problems = new List<VerificationProblem>();
        foreach (var code in before.Keys.Union(now.Keys).Order(StringComparer.Ordinal))
        {
            var message = Difference(before.GetValueOrDefault(code), now.GetValueOrDefault(code));
            if (message is not null)
            {
                problems.Add(new(publication.Id, period.Year, publication.Version, code, message));
            }
        }

        return problems;
    }

    private static string? Difference(PublishedUnit? published, PublishedUnit? live)
    {
        if (published is null || live is null)
        {
            return published is null ? "Đơn vị có kết quả trong cơ sở dữ liệu nhưng không có trong bản công bố." : "Kết quả đã công bố của đơn vị không còn trong cơ sở dữ liệu.";
        }

        if ((published.Index, published.Classification, published.Rank) != (live.Index, live.Classification, live.Rank))
        {
            return $"Đã công bố {published.Index} điểm, {published.Classification}, hạng {published.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}; "
                + $"cơ sở dữ liệu hiện ghi {live.Index} điểm, {live.Classification}, hạng {live.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"}.";
        }

        var changed = published.Criteria.Zip(live.Criteria).FirstOrDefault(pair => pair.First != pair.Second);
        return changed != default || published.Criteria.Count != live.Criteria.Count
            ? $"Điểm tiêu chí {changed.First?.Code ?? "?"} khác với bản công bố ({changed.First?.Points ?? "—"} → {changed.Second?.Points ?? "—"})."
            : null;
    }
}
