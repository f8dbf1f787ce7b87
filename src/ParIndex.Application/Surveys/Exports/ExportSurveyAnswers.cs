using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Exports;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys.Exports;

/// <summary>
/// The anonymised raw answers as Excel, for Home Affairs' own analysis. Ballots are ordered by their random ids (not by
/// when they came in) and numbered 1, 2, 3… in that order; no invitation, code, label, SIPAS link or browser appears.
/// Audited (who took the answers out), like every export of personal-adjacent data.
/// </summary>
public sealed record ExportSurveyAnswers(Guid SurveyId);

public sealed class ExportSurveyAnswersHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock, ISurveyDocuments documents)
{
    private const string Action = "survey.answersExported";

    public async Task<ExportedDocument> HandleAsync(ExportSurveyAnswers request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireManagerAsync(db, user, clock, Action, request.SurveyId, ct);
        var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: false, ct);
        var periodName = await db.Periods.AsNoTracking().Where(p => p.Id == survey.PeriodId).Select(p => p.Name).SingleAsync(ct);
        var ballots = await db.SurveyBallots.AsNoTracking().Where(b => b.SurveyId == survey.Id).ToListAsync(ct);
        var unitIds = ballots.SelectMany(b => b.Answers.Select(a => a.UnitId)).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.Code, u.Name), ct);
        var lines = Lines(survey, ballots, units);
        db.Audit(user, clock, Action, nameof(Survey), survey.Id, newValues: new { Ballots = ballots.Count, Rows = lines.Count });
        await db.SaveChangesAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var content = documents.AnswersWorkbook(new SurveyAnswersContent(survey.Title, periodName, now, lines));
        return ExportedDocument.Named($"Phiếu trả lời ẩn danh - {survey.Title}", "xlsx", ExportedDocument.ExcelContentType, content);
    }

    internal static IReadOnlyList<SurveyAnswerLine> Lines(Survey survey, IEnumerable<SurveyBallot> ballots, IReadOnlyDictionary<Guid, (string Code, string Name)> units)
    {
        var groups = survey.Groups.ToDictionary(g => g.Id, g => g.Name);
        var questions = survey.Questions.Select((q, i) => (q, i)).ToDictionary(x => x.q.Id, x => (Question: x.q, Order: x.i));
        var lines = new List<SurveyAnswerLine>();
        // Random ids (Guid v4) in order: a sequence that says nothing about when, or through which invitation, a ballot came.
        var number = 0;
        foreach (var ballot in ballots.OrderBy(b => b.Id))
        {
            number++;
            foreach (var answer in ballot.Answers.Where(a => questions.ContainsKey(a.QuestionId))
                         .OrderBy(a => units.TryGetValue(a.UnitId, out var u) ? u.Code : string.Empty, StringComparer.OrdinalIgnoreCase)
                         .ThenBy(a => questions[a.QuestionId].Order))
            {
                var unit = units.TryGetValue(answer.UnitId, out var found) ? found : ("?", "?");
                var question = questions[answer.QuestionId].Question;
                var option = survey.Option(answer.OptionKey);
                lines.Add(new SurveyAnswerLine(number, groups.GetValueOrDefault(ballot.GroupId) ?? "?", unit.Item1, unit.Item2, question.CriterionCode,
                    question.Text, answer.OptionKey, option?.Label ?? "?", option?.Weight));
            }
        }

        return lines;
    }
}
