namespace ParIndex.Domain.Surveys;

/// <summary>
/// A question of the survey about the units a group rates; its answers make the points of the survey criterion
/// <see cref="CriterionCode"/> in each unit's framework (a unit whose framework has no such survey criterion is not asked it).
/// </summary>
public sealed record SurveyQuestion(Guid Id, string CriterionCode, string Text);
