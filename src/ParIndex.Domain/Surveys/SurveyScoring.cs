namespace ParIndex.Domain.Surveys;

/// <summary>A unit's rate on one question: the counted answers behind it and the mean weight (0–100 %), or null when too few.</summary>
public sealed record QuestionRate(Guid UnitId, Guid QuestionId, int Answers, decimal? Rate);

/// <summary>
/// A unit's result on one survey criterion: the counted answers to its questions, and its rate (0–100 %), the mean of
/// its questions' rates; null when no question of the criterion has enough answers.
/// </summary>
public sealed record CriterionRate(Guid UnitId, string CriterionCode, int Answers, decimal? Rate)
{
    /// <summary>The criterion's points: its maximum × rate (methodology §2.5: survey_i = max_i × mean weight), full precision.</summary>
    public decimal? PointsOutOf(decimal maxPoints) => Rate is { } rate ? maxPoints * rate / 100m : null;
}

/// <summary>
/// Survey points from ballots, by the survey's own rules (methodology §2.5 and docs/methodology.md): each answer gives
/// its option's weight; "don't know" answers are not counted; a question about a unit needs
/// <see cref="Survey.MinimumAnswers"/> counted answers; groups are averaged equally or pooled
/// (<see cref="GroupAveraging"/>); a criterion's rate is the mean of its questions' rates.
/// </summary>
public static class SurveyScoring
{
    public static IReadOnlyList<QuestionRate> QuestionRates(Survey survey, IEnumerable<SurveyBallot> ballots)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(ballots);
        var weights = survey.Options.Where(o => o.Counts).ToDictionary(o => o.Key, o => o.Weight!.Value, StringComparer.OrdinalIgnoreCase);
        var questions = survey.Questions.Select(q => q.Id).ToHashSet();
        var counted = ballots
            .Where(b => b.SurveyId == survey.Id)
            .SelectMany(b => b.Answers.Select(a => (b.GroupId, Answer: a)))
            .Where(x => questions.Contains(x.Answer.QuestionId) && weights.ContainsKey(x.Answer.OptionKey))
            .GroupBy(x => (x.Answer.UnitId, x.Answer.QuestionId));

        var rates = new List<QuestionRate>();
        foreach (var cell in counted)
        {
            var answers = cell.Select(x => (x.GroupId, Weight: weights[x.Answer.OptionKey])).ToList();
            decimal? rate = answers.Count < survey.MinimumAnswers ? null
                : survey.Averaging == GroupAveraging.Pooled ? answers.Average(a => a.Weight)
                : answers.GroupBy(a => a.GroupId).Select(g => g.Average(a => a.Weight)).Average();
            rates.Add(new QuestionRate(cell.Key.UnitId, cell.Key.QuestionId, answers.Count, rate));
        }

        return rates;
    }

    /// <summary>Every unit's rate on every criterion some ballot answered a question of.</summary>
    public static IReadOnlyList<CriterionRate> CriterionRates(Survey survey, IEnumerable<SurveyBallot> ballots)
    {
        var criterionOf = survey.Questions.ToDictionary(q => q.Id, q => q.CriterionCode);
        return
        [
            .. QuestionRates(survey, ballots)
                .GroupBy(r => (r.UnitId, Criterion: criterionOf[r.QuestionId]))
                .Select(g =>
                {
                    var rated = g.Where(r => r.Rate is not null).ToList();
                    return new CriterionRate(g.Key.UnitId, g.Key.Criterion, g.Sum(r => r.Answers), rated.Count == 0 ? null : rated.Average(r => r.Rate!.Value));
                }),
        ];
    }
}
