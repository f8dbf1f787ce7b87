using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;

namespace ParIndex.Application.Surveys.Exports;

public enum SurveyResultsFormat
{
    Excel = 1,
    Pdf = 2,
}

/// <summary>Each unit's survey points per criterion with the counted answers behind them, as Excel or as the PDF report.</summary>
public sealed record ExportSurveyResults(Guid SurveyId, SurveyResultsFormat Format);

// Access is GetSurveyResults' own: the province's readers of the results.
public sealed class ExportSurveyResultsHandler(IParIndexDbFactory dbFactory, TimeProvider clock, GetSurveyResultsHandler results,
    ISurveyDocuments documents)
{
    public async Task<ExportedDocument> HandleAsync(ExportSurveyResults request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sheet = await results.HandleAsync(new GetSurveyResults(request.SurveyId), ct);
        string periodName;
        int year;
        await using (var db = await dbFactory.CreateAsync(ct))
        {
            var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: false, ct);
            var period = await db.Periods.AsNoTracking().Where(p => p.Id == survey.PeriodId).Select(p => new { p.Name, p.Year }).SingleAsync(ct);
            (periodName, year) = (period.Name, period.Year);
        }

        var content = new SurveyResultsContent(sheet.Title, periodName, year, sheet.Ballots, sheet.MinimumAnswers, clock.GetUtcNow().UtcDateTime, sheet.Lines);
        var title = $"Kết quả điều tra xã hội học - {sheet.Title}";
        return request.Format == SurveyResultsFormat.Pdf
            ? ExportedDocument.Pdf(title, documents.ResultsPdf(content))
            : ExportedDocument.Named(title, "xlsx", ExportedDocument.ExcelContentType, documents.ResultsWorkbook(content));
    }
}
