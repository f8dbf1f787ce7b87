using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Publication;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;
using ParIndex.Domain.Units;
using PublicationRecord = ParIndex.Domain.Publications.Publication;

namespace ParIndex.Application.HistoryImport;

/// <summary>
/// Saves a previewed file of past results: for each year new to the portal a published period whose units carry the
/// imported index, class and rank, and a publication chained like the portal's own, so history, rank changes and
/// verification work from the first year of use. Every year of the file or none.
/// <para>
/// A year imported before is never overwritten in place: the new file is a correction, published as the next
/// version with a reason while the earlier version stays readable — as for the portal's own years, since a
/// published result is an official record that citizens may already have quoted. It cannot go back to the council
/// instead (<see cref="ImportedPeriods"/>): the council has no criterion scores of that year to review.
/// </para>
/// </summary>
public sealed record ImportPastResults(
    string FileName, byte[] Content, string PreviewedSha256, IReadOnlyList<PastYearDecision>? Decisions = null, string? Reason = null);

public sealed record PastResultsImported(IReadOnlyList<PastYear> Years);

public sealed class ImportPastResultsHandler(
    IParIndexDbFactory dbFactory, IValidator<ImportPastResults> validator, ITableFileReader reader, ICurrentUser user, TimeProvider clock,
    IPublicationSigner signer)
{
    private const string Action = "history.imported";
    private const string CorrectionAction = "history.corrected";

    public async Task<PastResultsImported> HandleAsync(ImportPastResults request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, "PastResults", null, ct, PastResultsAccess.Importers);
        await validator.ValidateAndThrowAsync(request, ct);
        var sha = FileFingerprint.Sha256Of(request.Content);
        if (!string.Equals(sha, request.PreviewedSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.PreviewedSha256), ImportMessages.ChangedSincePreview)]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = VietnamTime.DateOf(now);
        var table = reader.Read(request.FileName, request.Content).Table;
        var sheet = table is null ? null : await PastResultSheet.ReadAsync(db, table, today.Year, ct);
        if (sheet is not { CanImport: true })
        {
            throw new WorkflowRefusedException(ImportMessages.StillHasProblems);
        }

        var view = PreviewPastResultsHandler.View(request.FileName, sha, sheet);
        var (decisions, failures) = PastDecisions.Resolve(view.Years, request.Decisions, request.Reason, today);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var blocks = await db.Blocks.AsNoTracking().ToListAsync(ct);
        var previous = await PublicationChain.LastLinkAsync(db, ct);
        var saved = new List<PastYear>();
        foreach (var year in sheet.Lines.GroupBy(l => l.Year!.Value).OrderBy(g => g.Key))
        {
            var decision = decisions[year.Key];
            var correction = sheet.Corrections.GetValueOrDefault(year.Key);
            var publication = correction is null
                ? Publish(db, sheet, [.. year], decision, units, blocks, previous, now, request)
                : await CorrectAsync(db, sheet, correction, [.. year], decision, request.Reason!.Trim(), units, blocks, previous, now, request, ct);
            previous = new ChainLink(publication.Sequence, publication.Sha256);
            var shown = view.Years.Single(y => y.Year == year.Key);
            saved.Add(shown with { DecisionNumber = decision.Number, DecisionDate = decision.Date, Signer = decision.Signer });
        }

        await db.SaveChangesAsync(ct);
        return new PastResultsImported(saved);
    }

    /// <summary>A year new to the portal: its period, its units' results and its first publication.</summary>
    private PublicationRecord Publish(IParIndexDb db, PastResultSheet sheet, List<PastResultLine> lines, PublicationDecision decision,
        Dictionary<Guid, Unit> units, List<Block> blocks, ChainLink? previous, DateTime now, ImportPastResults request)
    {
        var year = lines[0].Year!.Value;
        var period = EvaluationPeriod.PublishedBeforePortal(year, $"Chỉ số CCHC năm {year} (kết quả đã công bố)", decision.Date);
        var assessments = lines.Select(line =>
        {
            var assessment = new Assessment(period.Id, line.Unit!.Id, line.Block!.Id, sheet.Frameworks[line.Block!.Kind]);
            Record(assessment, line);
            return assessment;
        }).ToList();

        var publication = Link(period, assessments, units, blocks, decision, null, null, previous, now);
        db.Periods.Add(period);
        db.Assessments.AddRange(assessments);
        db.Publications.Add(publication);
        db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, newValues: new
        {
            period.Year,
            request.FileName,
            Sha256 = FileFingerprint.Sha256Of(request.Content),
            Units = assessments.Count,
            DecisionNumber = decision.Number,
            decision.Date,
            decision.Signer,
            publication.Sequence,
            PublicationSha256 = publication.Sha256,
        });
        return publication;
    }

    /// <summary>
    /// A year imported before: its results become the file's (units added, changed, dropped) and the corrected
    /// snapshot is the next version of its publication, the earlier one superseded but kept.
    /// </summary>
    private async Task<PublicationRecord> CorrectAsync(IParIndexDb db, PastResultSheet sheet, ImportedYear imported, List<PastResultLine> lines,
        PublicationDecision decision, string reason, Dictionary<Guid, Unit> units, List<Block> blocks, ChainLink? previous, DateTime now,
        ImportPastResults request, CancellationToken ct)
    {
        var period = await db.Periods.SingleAsync(p => p.Id == imported.PeriodId, ct);
        var current = await db.Publications.SingleAsync(p => p.PeriodId == period.Id && p.SupersededById == null, ct);
        if (current.Version != imported.Version)
        {
            throw new WorkflowRefusedException(PastResultMessages.CorrectedMeanwhile(period.Year));
        }

        var existing = await db.Assessments.Where(a => a.PeriodId == period.Id).ToDictionaryAsync(a => a.UnitId, ct);
        var kept = new List<Assessment>();
        foreach (var line in lines)
        {
            if (!existing.Remove(line.Unit!.Id, out var assessment))
            {
                assessment = new Assessment(period.Id, line.Unit.Id, line.Block!.Id, sheet.Frameworks[line.Block!.Kind]);
                db.Assessments.Add(assessment);
            }

            Record(assessment, line);
            kept.Add(assessment);
        }

        // Only imported results are ever here (the sheet checked the year): no criterion scores go with them.
        db.Assessments.RemoveRange(existing.Values);
        var publication = Link(period, kept, units, blocks, decision, current, reason, previous, now);
        db.Publications.Add(publication);
        db.Audit(user, clock, CorrectionAction, nameof(EvaluationPeriod), period.Id,
            new { current.Version, current.DecisionNumber, current.Sha256 },
            new
            {
                publication.Version,
                Reason = reason,
                request.FileName,
                Sha256 = FileFingerprint.Sha256Of(request.Content),
                Units = kept.Count,
                Removed = existing.Values.Select(a => units[a.UnitId].Code).Order(StringComparer.Ordinal).ToList(),
                DecisionNumber = decision.Number,
                decision.Date,
                decision.Signer,
                publication.Sequence,
                PublicationSha256 = publication.Sha256,
            });
        return publication;
    }

    private static void Record(Assessment assessment, PastResultLine line) =>
        assessment.RecordResult(line.Index!.Value, line.Classification!.Value, line.Block!.IsRanked ? line.Rank : null, ResultSource.Imported);

    private PublicationRecord Link(EvaluationPeriod period, List<Assessment> assessments, Dictionary<Guid, Unit> units, List<Block> blocks,
        PublicationDecision decision, PublicationRecord? current, string? reason, ChainLink? previous, DateTime now)
    {
        var snapshot = PublicationSnapshot.Serialize(PublicationSnapshot.From(period, assessments, units, blocks, new Dictionary<Guid, Framework>()));
        return PublicationChain.Link(signer, period, snapshot, decision, current, reason, user.UserId!.Value, now, previous);
    }
}

public sealed class ImportPastResultsValidator : AbstractValidator<ImportPastResults>
{
    /// <summary>The years one import may carry decisions for.</summary>
    public const int MaxYears = 100;

    public ImportPastResultsValidator()
    {
        RuleFor(p => p.FileName).AcceptedTableFileName();
        RuleFor(p => p.Content).AcceptedTableFileContent();
        RuleFor(p => p.PreviewedSha256).Previewed();
        RuleFor(p => p.Decisions).Must(d => d is null || d.Count <= MaxYears).WithMessage(_ => PastResultMessages.TooManyYears(MaxYears));
    }
}
