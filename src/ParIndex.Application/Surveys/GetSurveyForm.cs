using ParIndex.Application.Common;

namespace ParIndex.Application.Surveys;

/// <summary>The respondent's form behind a code (no sign-in): the questions about each unit their group rates, and their saved answers.</summary>
public sealed record GetSurveyForm(string Code);

public sealed record SurveyFormOption(string Key, string Label, bool Counts);

public sealed record SurveyFormQuestion(Guid Id, string CriterionCode, string Text);

public sealed record SurveyFormUnit(Guid UnitId, string Code, string Name, IReadOnlyList<Guid> QuestionIds);

/// <summary>
/// <see cref="Refusal"/> is why the form cannot be answered now (already submitted, closed, not yet open…), in
/// Vietnamese; the form is then shown without its units.
/// </summary>
public sealed record SurveyForm(string Title, string GroupName, DateTime? ClosesAtUtc, string? Refusal, IReadOnlyList<SurveyFormOption> Options,
    IReadOnlyList<SurveyFormQuestion> Questions, IReadOnlyList<SurveyFormUnit> Units, IReadOnlyDictionary<string, string> Answers)
{
    public static string CellKey(Guid unitId, Guid questionId) => $"{unitId:N}:{questionId:N}";

    public int CellCount => Units.Sum(u => u.QuestionIds.Count);
}

public sealed class GetSurveyFormHandler(IParIndexDbFactory dbFactory, TimeProvider clock)
{
    public async Task<SurveyForm> HandleAsync(GetSurveyForm request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var (invitation, survey) = await SurveyLoading.InvitationAsync(db, request.Code, tracked: false, ct);
        var group = survey.Group(invitation.GroupId);
        var refusal = invitation.RefusalAt(survey, clock.GetUtcNow().UtcDateTime);
        var options = survey.Options.Select(o => new SurveyFormOption(o.Key, o.Label, o.Counts)).ToList();
        if (refusal is not null)
        {
            return new SurveyForm(survey.Title, group.Name, survey.ClosesAtUtc, SurveyMessages.For(refusal), options, [], [], new Dictionary<string, string>());
        }

        var form = SurveyUnits.FormOf(survey, group, await SurveyUnits.LoadAsync(db, survey.PeriodId, tracked: false, ct));
        var asked = form.SelectMany(f => f.Questions).Select(q => q.Id).ToHashSet();
        return new SurveyForm(survey.Title, group.Name, survey.ClosesAtUtc, null, options,
            [.. survey.Questions.Where(q => asked.Contains(q.Id)).Select(q => new SurveyFormQuestion(q.Id, q.CriterionCode, q.Text))],
            [.. form.Select(f => new SurveyFormUnit(f.Unit.UnitId, f.Unit.Code, f.Unit.Name, [.. f.Questions.Select(q => q.Id)]))],
            invitation.Draft.ToDictionary(a => SurveyForm.CellKey(a.UnitId, a.QuestionId), a => a.OptionKey, StringComparer.Ordinal));
    }
}
