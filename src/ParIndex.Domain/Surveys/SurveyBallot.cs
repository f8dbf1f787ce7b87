namespace ParIndex.Domain.Surveys;

/// <summary>
/// One respondent's submitted answers: the survey, the respondent's group (needed to average per group) and the
/// answers — nothing else. Its id is random (not time-ordered like other ids) and it has no timestamp, so neither
/// can be matched to the invitation that produced it.
/// </summary>
public sealed class SurveyBallot
{
    private SurveyBallot()
    {
        Answers = [];
    }

    internal SurveyBallot(Guid surveyId, Guid groupId, IReadOnlyList<SurveyAnswer> answers)
    {
        Id = Guid.NewGuid();
        SurveyId = surveyId;
        GroupId = groupId;
        Answers = answers;
    }

    public Guid Id { get; private init; }

    public Guid SurveyId { get; private set; }

    public Guid GroupId { get; private set; }

    public IReadOnlyList<SurveyAnswer> Answers { get; private set; }

    /// <summary>A ballot as stored elsewhere (tests, benchmarks), for scoring.</summary>
    public static SurveyBallot Of(Guid surveyId, Guid groupId, IReadOnlyList<SurveyAnswer> answers) => new(surveyId, groupId, answers);
}
