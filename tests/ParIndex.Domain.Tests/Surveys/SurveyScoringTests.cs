using ParIndex.Domain.Surveys;

namespace ParIndex.Domain.Tests.Surveys;

/// <summary>Survey points worked out by hand: A/B/C/D = 100/60/20/0 %, "X" (don't know) not counted.</summary>
public sealed class SurveyScoringTests
{
    private static readonly DateTime Now = new(2026, 10, 1, 2, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Departments = Guid.NewGuid();
    private static readonly Guid Unit = Guid.NewGuid();

    [Fact]
    public void OneAnswerOfEachOption_IsTheMeanWeight_AndPointsAreMaxTimesRate()
    {
        var (survey, question, deputies, _) = New(GroupAveraging.Pooled, minimumAnswers: 1);

        var rate = SurveyScoring.CriterionRates(survey, [Ballot(survey, deputies, question, "A"), Ballot(survey, deputies, question, "B"),
            Ballot(survey, deputies, question, "C"), Ballot(survey, deputies, question, "D")]).Single();

        // (100 + 60 + 20 + 0) / 4 = 45 %; 2,5 points × 45 % = 1,125.
        Assert.Equal((Unit, "A1.8", 4, 45m), (rate.UnitId, rate.CriterionCode, rate.Answers, rate.Rate!.Value));
        Assert.Equal(1.125m, rate.PointsOutOf(2.5m));
    }

    [Theory]
    [InlineData(GroupAveraging.PerGroupThenEqually, 50)]
    [InlineData(GroupAveraging.Pooled, 75)]
    public void TwoGroups_PerGroupFirst_WeighsTheGroupsEqually_PooledWeighsEveryAnswer(GroupAveraging averaging, int expected)
    {
        var (survey, question, deputies, leaders) = New(averaging, minimumAnswers: 1);
        var ballots = new[]
        {
            Ballot(survey, deputies, question, "A"), Ballot(survey, deputies, question, "A"), Ballot(survey, deputies, question, "A"),
            Ballot(survey, leaders, question, "D"),
        };

        // Deputies 100 %, leaders 0 %: per group (100 + 0) / 2 = 50 %; pooled (3 × 100 + 0) / 4 = 75 %.
        Assert.Equal(expected, SurveyScoring.CriterionRates(survey, ballots).Single().Rate);
    }

    [Fact]
    public void AGroupThatDidNotRateTheUnit_IsLeftOutOfTheEqualAverage()
    {
        var (survey, question, deputies, leaders) = New(GroupAveraging.PerGroupThenEqually, minimumAnswers: 1);

        // Leaders answered only "don't know": deputies' 60 % is the rate, not (60 + 0) / 2.
        var rate = SurveyScoring.CriterionRates(survey, [Ballot(survey, deputies, question, "B"), Ballot(survey, leaders, question, "X")]).Single();

        Assert.Equal((1, 60m), (rate.Answers, rate.Rate!.Value));
    }

    [Fact]
    public void FewerCountedAnswersThanTheMinimum_GiveNoRate_DontKnowIsNotCounted()
    {
        var (survey, question, deputies, _) = New(GroupAveraging.Pooled, minimumAnswers: 3);

        var rate = SurveyScoring.CriterionRates(survey, [Ballot(survey, deputies, question, "A"), Ballot(survey, deputies, question, "A"),
            Ballot(survey, deputies, question, "X")]).Single();

        Assert.Equal(2, rate.Answers);
        Assert.Null(rate.Rate);
        Assert.Null(rate.PointsOutOf(2.5m));
    }

    [Fact]
    public void ACriterionOfTwoQuestions_AveragesTheQuestionsWithEnoughAnswers()
    {
        var (survey, first, deputies, _) = New(GroupAveraging.Pooled, minimumAnswers: 2, draft: true);
        var second = survey.AddQuestion("A1.8", "Sở có kịp thời tháo gỡ vướng mắc cho cấp xã không?").Id;
        var third = survey.AddQuestion("A1.8", "Sở có công khai kết quả chỉ đạo không?").Id;
        survey.Open(Now, Now.AddDays(10), Now);

        // First: A, A → 100 %. Second: B, C → 40 %. Third: one answer only (below 2) → left out. (100 + 40) / 2 = 70 %.
        var ballots = new[]
        {
            Ballot(survey, deputies, (first, "A"), (second, "B"), (third, "A")),
            Ballot(survey, deputies, (first, "A"), (second, "C")),
        };
        var rate = SurveyScoring.CriterionRates(survey, ballots).Single();

        Assert.Equal((5, 70m), (rate.Answers, rate.Rate!.Value));
        Assert.Equal(1.75m, rate.PointsOutOf(2.5m));
    }

    [Fact]
    public void CustomWeights_AreUsed_AndAnswersOfOtherSurveysIgnored()
    {
        var survey = new Survey(Guid.NewGuid(), "Khảo sát", GroupAveraging.Pooled, 1, Now);
        survey.SetOptions([new("A", "Hài lòng", 100m), new("B", "Bình thường", 50m), new("C", "Không hài lòng", 0m)]);
        var question = survey.AddQuestion("A5.6", "Thái độ phục vụ của công chức?");
        var group = survey.AddGroup("Lãnh đạo xã", [Departments]).Id;
        survey.Open(Now, Now.AddDays(1), Now);

        var rates = SurveyScoring.CriterionRates(survey, [Ballot(survey, group, question.Id, "B"), Ballot(survey, group, question.Id, "A"),
            SurveyBallot.Of(Guid.NewGuid(), group, [new(Unit, question.Id, "C")])]);

        Assert.Equal(75m, rates.Single().Rate);
    }

    private static (Survey Survey, Guid Question, Guid Deputies, Guid Leaders) New(GroupAveraging averaging, int minimumAnswers, bool draft = false)
    {
        var survey = new Survey(Guid.NewGuid(), "Điều tra xã hội học 2026", averaging, minimumAnswers, Now);
        var question = survey.AddQuestion("A1.8", "Chất lượng chỉ đạo CCHC của Sở?");
        var deputies = survey.AddGroup("Đại biểu HĐND tỉnh", [Departments]).Id;
        var leaders = survey.AddGroup("Lãnh đạo cấp xã", [Departments]).Id;
        if (!draft)
        {
            survey.Open(Now, Now.AddDays(10), Now);
        }

        return (survey, question.Id, deputies, leaders);
    }

    private static SurveyBallot Ballot(Survey survey, Guid group, Guid question, string option) =>
        SurveyBallot.Of(survey.Id, group, [new SurveyAnswer(Unit, question, option)]);

    private static SurveyBallot Ballot(Survey survey, Guid group, params (Guid Question, string Option)[] answers) =>
        SurveyBallot.Of(survey.Id, group, [.. answers.Select(a => new SurveyAnswer(Unit, a.Question, a.Option))]);
}
