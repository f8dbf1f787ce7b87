using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>The online surveys of a period, newest first.</summary>
public sealed record ListSurveys(Guid PeriodId);

public sealed record SurveySummary(Guid Id, string Title, SurveyState State, DateTime? OpensAtUtc, DateTime? ClosesAtUtc, int Questions, int Groups);

public sealed class ListSurveysHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<IReadOnlyList<SurveySummary>> HandleAsync(ListSurveys request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireReaderAsync(db, user, clock, "survey.listed", request.PeriodId, ct);
        var surveys = await db.Surveys.AsNoTracking().Where(s => s.PeriodId == request.PeriodId).ToListAsync(ct);
        return [.. surveys.OrderByDescending(s => s.CreatedAtUtc)
            .Select(s => new SurveySummary(s.Id, s.Title, s.State, s.OpensAtUtc, s.ClosesAtUtc, s.Questions.Count, s.Groups.Count))];
    }
}
