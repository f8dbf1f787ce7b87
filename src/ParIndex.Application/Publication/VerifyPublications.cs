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

/// <summary><see cref="SigningKeyFingerprint"/>: SHA-256 of the public key the signatures were checked with (the one offered for download).</summary>
public sealed record VerificationReport(bool Passed, DateTime CheckedAtUtc, IReadOnlyList<VerifiedPublication> Publications, IReadOnlyList<VerificationProblem> Problems,
    string? SigningKeyFingerprint = null);

/// <summary>
/// <see cref="SignedText"/> and <see cref="Signature"/> let anyone check a publication offline with the public key
/// (docs/security.md): the signature is over the UTF-8 bytes of the signed text.
/// </summary>
public sealed record VerifiedPublication(Guid Id, int Year, int Version, long Sequence, string DecisionNumber, DateTime PublishedAtUtc, string Sha256,
    string? PreviousSha256, bool IsCurrent, bool Passed, string? SignedText = null, string? Signature = null, string? SigningKeyFingerprint = null);

public sealed record VerificationProblem(Guid PublicationId, int Year, int Version, string? UnitCode, string Message);

public sealed class VerifyPublicationsHandler(IParIndexDbFactory dbFactory, TimeProvider clock, IPublicationSigner signer)
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
                problems.Add(new(publication.Id, year, publication.Version, null, VerificationMessages.ContentHashMismatch));
            }

            if (publication.Sequence != index + 1 || publication.PreviousSha256 != previous)
            {
                problems.Add(new(publication.Id, year, publication.Version, null, VerificationMessages.ChainBroken));
            }

            if (SignatureProblem(publication) is { } signatureProblem)
            {
                problems.Add(new(publication.Id, year, publication.Version, null, signatureProblem));
            }

            previous = publication.Sha256;
        }

        var blocks = await db.Blocks.AsNoTracking().ToDictionaryAsync(b => b.Code, StringComparer.Ordinal, ct);
        foreach (var current in publications.Where(p => p.SupersededById is null))
        {
            var period = periods[current.PeriodId];
            problems.AddRange(Inconsistencies(period, current, blocks));
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
                p.Sha256, p.PreviousSha256, p.SupersededById is null, !failed.Contains(p.Id), p.SignedText, p.Signature, p.SigningKeyFingerprint))],
            problems, signer.Fingerprint);
    }

    /// <summary>
    /// The signature with the portal's public key: a database writer can recompute every hash, not this. An unsigned
    /// publication, or one signed by another key, cannot be told from a forgery, so each is a problem.
    /// </summary>
    private string? SignatureProblem(PublicationRecord publication)
    {
        if (publication.Signature is null)
        {
            return VerificationMessages.Unsigned;
        }

        if (signer.Fingerprint is null)
        {
            return VerificationMessages.NoPublicKey;
        }

        if (!string.Equals(publication.SigningKeyFingerprint, signer.Fingerprint, StringComparison.Ordinal))
        {
            return VerificationMessages.OtherKey(publication.SigningKeyFingerprint, signer.Fingerprint);
        }

        return signer.Verify(publication.SignedText, publication.Signature)
            ? null
            : VerificationMessages.SignatureMismatch;
    }

    private static IEnumerable<VerificationProblem> Inconsistencies(EvaluationPeriod period, PublicationRecord publication, IReadOnlyDictionary<string, Domain.Units.Block> blocks)
    {
        PublishedResults published;
        try
        {
            published = PublicationSnapshot.Read(publication.Snapshot);
        }
        catch (System.Text.Json.JsonException)
        {
            return [];
        }

        return [.. PublishedConsistency.Problems(published, period, blocks)
            .Select(p => new VerificationProblem(publication.Id, period.Year, publication.Version, p.UnitCode, p.Message))];
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
            return [new(publication.Id, period.Year, publication.Version, null, VerificationMessages.Unreadable)];
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
            return published is null ? VerificationMessages.OnlyInDatabase : VerificationMessages.GoneFromDatabase;
        }

        if ((published.Index, published.Classification, published.Rank) != (live.Index, live.Classification, live.Rank))
        {
            return VerificationMessages.ResultChanged(published, live);
        }

        var changed = published.Criteria.Zip(live.Criteria).FirstOrDefault(pair => pair.First != pair.Second);
        return changed != default || published.Criteria.Count != live.Criteria.Count
            ? VerificationMessages.CriterionChanged(changed.First?.Code ?? "?", changed.First?.Points ?? "—", changed.Second?.Points ?? "—")
            : null;
    }
}
