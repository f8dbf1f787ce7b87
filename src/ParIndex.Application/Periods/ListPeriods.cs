using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Periods;

public sealed record ListPeriods;

public sealed record PeriodSettings(
    Guid Id, int Year, string Name, PeriodState State, DateTime SelfAssessmentOpensAtUtc, DateTime SelfAssessmentDeadlineUtc,
    Guid ConcurrencyStamp, IReadOnlyList<PeriodBlockSettings> Blocks, string? TieBreakDomainCode = null)
{
    public bool CanChangeFrameworks => State == PeriodState.Draft;

    public bool CanChangeBands => PeriodRules.BandsEditable(State);

    /// <summary>A year published before the portal, imported with totals only: it has no frameworks, bands or deadlines to show.</summary>
    public bool IsImported { get; init; }
}

/// <summary>One block's framework and bands in a period; <see cref="OwnBands"/> false means the period's defaults apply.</summary>
public sealed record PeriodBlockSettings(
    Guid BlockId, string BlockName, Guid? FrameworkId, string? FrameworkName, int? FrameworkVersion,
    IReadOnlyList<BandItem> Bands, bool OwnBands);

/// <summary>A class's lower bound and, optionally, the percentage every domain must reach for it.</summary>
public sealed record BandItem(Classification Classification, decimal LowerBound, decimal? MinDomainPercent = null);

public sealed class ListPeriodsHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<PeriodSettings>> HandleAsync(ListPeriods request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "periods.list", nameof(EvaluationPeriod), null, ct, PeriodAccess.Readers);

        var periods = await db.Periods.AsNoTracking().OrderByDescending(p => p.Year).ToListAsync(ct);
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).ToListAsync(ct);
        var frameworks = await db.Frameworks.AsNoTracking()
            .Select(f => new { f.Id, f.Name, f.Version }).ToDictionaryAsync(f => f.Id, ct);
        var imported = (await db.Assessments.AsNoTracking().Where(a => a.ResultSource == ResultSource.Imported).Select(a => a.PeriodId).Distinct()
            .ToListAsync(ct)).ToHashSet();

        return periods.Select(p => new PeriodSettings(
                p.Id, p.Year, p.Name, p.State, p.SelfAssessmentOpensAtUtc, p.SelfAssessmentDeadlineUtc, p.ConcurrencyStamp,
                blocks.Select(b =>
                {
                    var frameworkId = p.Frameworks.FirstOrDefault(f => f.BlockId == b.Id)?.FrameworkId;
                    var framework = frameworkId is { } id && frameworks.TryGetValue(id, out var found) ? found : null;
                    var bands = p.BandsFor(b.Id);
                    return new PeriodBlockSettings(
                        b.Id, b.Name, frameworkId, framework?.Name, framework?.Version,
                        [.. (bands.Count > 0 ? bands.Select(x => new BandItem(x.Classification, x.LowerBound, x.MinDomainPercent)) : DefaultBands())
                            .OrderBy(x => x.Classification)],
                        p.Bands.Any(x => x.BlockId == b.Id));
                }).ToList(), p.TieBreakDomainCode)
        {
            IsImported = imported.Contains(p.Id),
        })
            .ToList();
    }

    private static IEnumerable<BandItem> DefaultBands() =>
        ClassificationBands.Default.Select(b => new BandItem(b.Classification, b.LowerBound));
}
