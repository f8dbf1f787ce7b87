using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Results;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Publication;

/// <summary>
/// Builds the canonical snapshot of a period's decided results from the database, and reads one back. Blocks come in
/// their display order, units by rank then code, domains and criteria by code; the JSON is written without
/// indentation and with every property in declaration order, so it is byte-for-byte reproducible.
/// </summary>
internal static class PublicationSnapshot
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string Serialize(PublishedResults results) => JsonSerializer.Serialize(results, Json);

    public static PublishedResults Read(string snapshot) =>
        JsonSerializer.Deserialize<PublishedResults>(snapshot, Json) ?? throw new InvalidDataException("Empty publication snapshot.");

    public static string Figure(decimal value) => ScoreRounding.ToPublished(value).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The period's recorded results (as the council decided them) with every domain and criterion behind them.</summary>
    public static async Task<PublishedResults> BuildAsync(IParIndexDb db, EvaluationPeriod period, CancellationToken ct)
    {
        var assessments = await db.Assessments.AsNoTracking().Include(a => a.Responses).Where(a => a.PeriodId == period.Id).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var blocks = await db.Blocks.AsNoTracking().ToListAsync(ct);
        var frameworkIds = assessments.Where(a => a.Responses.Count > 0).Select(a => a.FrameworkId).Distinct().ToList();
        var frameworks = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).Where(f => frameworkIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        return From(period, assessments, units, blocks, frameworks);
    }

    /// <summary>
    /// The snapshot of results already in memory — also of results not saved yet, such as a past year being imported.
    /// An assessment without criterion responses (an imported year) has no domains or criteria.
    /// </summary>
    public static PublishedResults From(EvaluationPeriod period, IReadOnlyList<Assessment> assessments, IReadOnlyDictionary<Guid, Unit> units,
        IEnumerable<Block> allBlocks, IReadOnlyDictionary<Guid, Framework> frameworks)
    {
        var blocks = allBlocks.OrderBy(b => b.SortOrder).ThenBy(b => b.Code, StringComparer.Ordinal).ToList();
        var published = new List<PublishedBlock>();
        foreach (var block in blocks)
        {
            var inBlock = assessments.Where(a => a.BlockId == block.Id && a.FinalIndex is not null && a.Classification is not null).ToList();
            if (inBlock.Count == 0)
            {
                continue;
            }

            var rows = inBlock
                .OrderBy(a => block.IsRanked ? a.Rank ?? int.MaxValue : 0).ThenBy(a => units[a.UnitId].Code, StringComparer.Ordinal)
                .Select(a =>
                {
                    var score = a.Responses.Count == 0
                        ? null
                        : ScoreCalculator.Compute(frameworks[a.FrameworkId], DecidedScores.Of(frameworks[a.FrameworkId], block.Kind, a));
                    return new PublishedUnit(units[a.UnitId].Code, units[a.UnitId].Name, Figure(a.FinalIndex!.Value), a.Classification!.Value.ToString(),
                        block.IsRanked ? a.Rank : null,
                        score is null ? [] : [.. score.Domains.OrderBy(d => d.Code, StringComparer.Ordinal).Select(d => new PublishedDomain(d.Code, d.Title, Figure(d.Points), Figure(d.ApplicableMax)))],
                        score is null ? [] : [.. score.Lines.OrderBy(l => l.Code, StringComparer.Ordinal)
                            .Select(l => new PublishedCriterion(l.Code, Figure(l.MaxPoints), l.IsNotEvaluated ? null : Figure(l.Points), ReasonOf(l)))]);
                })
                .ToList();
            published.Add(new PublishedBlock(block.Code, block.Name, block.IsRanked, rows));
        }

        return new PublishedResults(period.Year, period.Name, published);
    }

    /// <summary>
    /// Why a criterion scored as it did, as published: a person's reason, or — for a criterion not evaluated because the
    /// rule or a missing survey says so — the portal's sentence, in Vietnamese whoever publishes or verifies, so the
    /// snapshot and its hash never depend on the reader's language.
    /// </summary>
    private static string? ReasonOf(LeafLine line) =>
        line.Reason ?? (line.IsNotEvaluated ? RuleWording.InVietnamese(line.Explanation) : null);
}
