using ParIndex.Domain.Common;

namespace ParIndex.Domain.Surveys;

/// <summary>
/// The public link of one service point (a unit) for citizens' and businesses' satisfaction (SIPAS): anyone with the
/// link or its QR code answers the survey's questions about that unit once, without an account or personal data, until
/// the unit's quota — the sample size <see cref="SampleSize"/> gives for its population — is reached. Answers beyond
/// the quota are refused politely (docs/methodology.md): the sample is the quota, so a unit whose users answer eagerly
/// does not outweigh one whose users answer slowly. Each answer becomes an anonymous <see cref="SurveyBallot"/> of the
/// link's respondent group.
/// </summary>
public sealed class SipasLink : VersionedEntity
{
    private SipasLink()
    {
        Code = string.Empty;
    }

    public SipasLink(Survey survey, Guid groupId, Guid unitId, Guid unitBlockId, string code, int population, decimal margin, DateTime createdAtUtc)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (survey.State == SurveyState.Closed)
        {
            throw new DomainException("survey.closed", "A closed survey takes no new links.");
        }

        var group = survey.Group(groupId);
        if (!group.RatedBlockIds.Contains(unitBlockId))
        {
            throw new DomainException("sipas.block", "The group does not rate this unit's block.");
        }

        SurveyId = survey.Id;
        GroupId = group.Id;
        UnitId = unitId;
        Code = SurveyInvitation.Normalize(code) ?? throw new DomainException("invitation.code", "Malformed code.");
        CreatedAtUtc = createdAtUtc;
        SetPopulation(population, margin);
    }

    public Guid SurveyId { get; private set; }

    public Guid GroupId { get; private set; }

    /// <summary>The service point whose users answer through this link.</summary>
    public Guid UnitId { get; private set; }

    /// <summary>The public code in the link (/sipas/CODE), printed beside its QR code.</summary>
    public string Code { get; private set; }

    /// <summary>N: dossiers or transactions of the period at this service point, as Home Affairs gives it.</summary>
    public int Population { get; private set; }

    /// <summary>e: the margin of error, as a fraction (0,05 = 5 %).</summary>
    public decimal Margin { get; private set; }

    /// <summary>n = N / (1 + N·e²), rounded up: the answers this link accepts.</summary>
    public int Quota { get; private set; }

    /// <summary>Answers accepted so far; never more than <see cref="Quota"/>.</summary>
    public int Received { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public bool IsFull => Received >= Quota;

    /// <summary>Changes N or e; the quota follows, but never drops below the answers already received.</summary>
    public void SetPopulation(int population, decimal margin)
    {
        var quota = SampleSize.For(population, margin);
        if (quota < Received)
        {
            throw new DomainException("sipas.quotaBelowReceived", "The new quota is below the answers already received.");
        }

        (Population, Margin, Quota) = (population, margin, quota);
    }

    /// <summary>Why the link takes no answer now, or null.</summary>
    public string? RefusalAt(Survey survey, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return survey.RefusalAt(nowUtc) ?? (IsFull ? "sipas.full" : null);
    }

    /// <summary>
    /// Takes one citizen's answers: every question of the form answered with one of the survey's options, nothing else.
    /// Returns the anonymous ballot to store and counts it toward the quota.
    /// </summary>
    public SurveyBallot Accept(Survey survey, IReadOnlyCollection<Guid> questionIds, IReadOnlyCollection<SurveyAnswer> answers, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(questionIds);
        ArgumentNullException.ThrowIfNull(answers);
        if (survey.Id != SurveyId)
        {
            throw new DomainException("invitation.survey", "The link belongs to another survey.");
        }

        if (RefusalAt(survey, nowUtc) is { } refusal)
        {
            throw new DomainException(refusal, "This link takes no answer now.");
        }

        var chosen = new Dictionary<Guid, SurveyAnswer>();
        foreach (var answer in answers)
        {
            if (answer.UnitId != UnitId || !questionIds.Contains(answer.QuestionId) || chosen.ContainsKey(answer.QuestionId))
            {
                throw new DomainException("invitation.cell", "This answer is not on the form.");
            }

            var option = survey.Option(answer.OptionKey) ?? throw new DomainException("invitation.option", "No such answer option.");
            chosen[answer.QuestionId] = answer with { OptionKey = option.Key };
        }

        var missing = questionIds.Count(q => !chosen.ContainsKey(q));
        if (missing > 0)
        {
            throw new DomainException("invitation.incomplete", $"{missing} questions are not answered yet.", missing);
        }

        Received++;
        return new SurveyBallot(SurveyId, GroupId, [.. questionIds.Select(q => chosen[q])]);
    }
}
