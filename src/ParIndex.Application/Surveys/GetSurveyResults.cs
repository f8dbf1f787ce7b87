using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>Each unit's survey points per criterion, with the counted answers behind them; no answer is shown on its own.</summary>
public sealed record GetSurveyResults(Guid SurveyId);

/// <summary><see cref="Rate"/> and <see cref="Points"/> are null when the unit has fewer counted answers than the survey's minimum.</summary>
public sealed record SurveyResultLine(Guid UnitId, string UnitCode, string UnitName, string CriterionCode, string CriterionTitle, decimal MaxPoints,
    int Answers, decimal? Rate, decimal? Points);

public sealed record SurveyResults(Guid SurveyId, string Title, SurveyState State, int MinimumAnswers, int Ballots, IReadOnlyList<SurveyResultLine> Lines);

public sealed class GetSurveyResultsHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<SurveyResults> HandleAsync(GetSurveyResults request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireReaderAsync(db, user, clock, "survey.resultsRead", request.SurveyId, ct);
        var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: false, ct);
        var rows = await SurveyResultSheet.ReadAsync(db, survey, tracked: false, ct);
        var ballots = await db.SurveyBallots.CountAsync(b => b.SurveyId == survey.Id, ct);
        return new SurveyResults(survey.Id, survey.Title, survey.State, survey.MinimumAnswers, ballots,
            [.. rows.Select(r => new SurveyResultLine(r.Unit.UnitId, r.Unit.Code, r.Unit.Name, r.Leaf.Code,
                r.Leaf.Title, r.Leaf.MaxPoints, r.Answers, r.Rate, r.Points))]);
    }
}
