using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.Surveys.Sipas;

/// <summary>The citizens' form behind a public SIPAS link (no sign-in, no personal data): the questions about the service point.</summary>
public sealed record GetSipasForm(string Code);

/// <summary><see cref="Refusal"/> is why the link takes no answer now (closed, quota reached…), in Vietnamese; the form then has no questions.</summary>
public sealed record SipasForm(string Title, string UnitName, DateTime? ClosesAtUtc, string? Refusal, IReadOnlyList<SurveyFormOption> Options,
    IReadOnlyList<SurveyFormQuestion> Questions);

public sealed class GetSipasFormHandler(IParIndexDbFactory dbFactory, TimeProvider clock)
{
    public async Task<SipasForm> HandleAsync(GetSipasForm request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var (link, survey) = await SipasLoading.LinkAsync(db, request.Code, tracked: false, ct);
        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == link.UnitId).Select(u => u.Name).SingleAsync(ct);
        var options = survey.Options.Select(o => new SurveyFormOption(o.Key, o.Label, o.Counts)).ToList();
        if (link.RefusalAt(survey, clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return new SipasForm(survey.Title, unitName, survey.ClosesAtUtc, SurveyMessages.For(refusal), options, []);
        }

        var questions = await SipasLoading.QuestionsAsync(db, survey, link.UnitId, ct);
        return new SipasForm(survey.Title, unitName, survey.ClosesAtUtc, null, options,
            [.. questions.Select(q => new SurveyFormQuestion(q.Id, q.CriterionCode, q.Text))]);
    }
}
