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

namespace ParIndex.Application.HistoryImport;

/// <summary>
/// Saves a previewed file of past results: for each year a published period whose units carry the imported index,
/// class and rank, and a publication chained like the portal's own, so history, rank changes and verification work
/// from the first year of use. Every year of the file or none.
/// </summary>
public sealed record ImportPastResults(string FileName, byte[] Content, string PreviewedSha256);

public sealed record PastResultsImported(IReadOnlyList<PastYear> Years);

public sealed class ImportPastResultsHandler(
    IParIndexDbFactory dbFactory, IValidator<ImportPastResults> validator, ITableFileReader reader, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "history.imported";

    public async Task<PastResultsImported> HandleAsync(ImportPastResults request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, "PastResults", null, ct, Roles.Administrator);
        await validator.ValidateAndThrowAsync(request, ct);
        var sha = DataImportFile.Sha256Of(request.Content);
        if (!string.Equals(sha, request.PreviewedSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new ValidationException([new ValidationFailure(nameof(request.PreviewedSha256), "Tệp khác tệp đã xem trước; hãy xem trước lại.")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var table = reader.Read(request.FileName, request.Content).Table;
        var sheet = table is null ? null : await PastResultSheet.ReadAsync(db, table, VietnamTime.DateOf(now).Year, ct);
        if (sheet is not { CanImport: true })
        {
            throw new WorkflowRefusedException("Tệp còn lỗi; sửa các dòng có lỗi rồi xem trước lại.");
        }

        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var blocks = await db.Blocks.AsNoTracking().ToListAsync(ct);
        var previous = await PublicationChain.LastLinkAsync(db, ct);
        foreach (var year in sheet.Lines.GroupBy(l => l.Year!.Value).OrderBy(g => g.Key))
        {
            var first = year.First();
            var decision = new PublicationDecision(first.DecisionNumber!, first.DecisionDate!.Value, first.Signer ?? "Không ghi trong tệp nhập");
            var period = PublishedPeriod(year.Key, decision.Date);
            var assessments = year.Select(line =>
            {
                var assessment = new Assessment(period.Id, line.Unit!.Id, sheet.Frameworks[line.Block!.Kind]);
                assessment.RecordResult(line.Index!.Value, line.Classification!.Value, line.Block.IsRanked ? line.Rank : null, ResultSource.Imported);
                return assessment;
            }).ToList();

            var snapshot = PublicationSnapshot.Serialize(PublicationSnapshot.From(period, assessments, units, blocks, new Dictionary<Guid, Framework>()));
            var publication = PublicationChain.Link(period, snapshot, decision, null, null, user.UserId!.Value, now, previous);
            previous = new ChainLink(publication.Sequence, publication.Sha256);
            db.Periods.Add(period);
            db.Assessments.AddRange(assessments);
            db.Publications.Add(publication);
            db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, newValues: new
            {
                period.Year,
                request.FileName,
                Sha256 = sha,
                Units = assessments.Count,
                decision.Number,
                decision.Date,
                publication.Sequence,
                PublicationSha256 = publication.Sha256,
            });
        }

        await db.SaveChangesAsync(ct);
        return new PastResultsImported(PreviewPastResultsHandler.View(request.FileName, sha, sheet).Years);
    }

    /// <summary>
    /// A period that went through the cycle outside the portal: its window is the calendar year, and it reaches
    /// Published on the decision's date.
    /// </summary>
    private static EvaluationPeriod PublishedPeriod(int year, DateOnly decided)
    {
        var period = new EvaluationPeriod(year, $"Chỉ số CCHC năm {year} (kết quả đã công bố)",
            new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year, 12, 31, 0, 0, 0, DateTimeKind.Utc));
        var at = decided.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        foreach (var state in new[] { PeriodState.SelfAssessmentOpen, PeriodState.SelfAssessmentClosed, PeriodState.AppraisalRound1,
                     PeriodState.CouncilReview, PeriodState.Approved, PeriodState.Published })
        {
            period.MoveTo(state, at);
        }

        return period;
    }
}

public sealed class ImportPastResultsValidator : AbstractValidator<ImportPastResults>
{
    public ImportPastResultsValidator()
    {
        RuleFor(p => p.FileName).AcceptedTableFileName();
        RuleFor(p => p.Content).AcceptedTableFileContent();
        RuleFor(p => p.PreviewedSha256).Previewed();
    }
}
