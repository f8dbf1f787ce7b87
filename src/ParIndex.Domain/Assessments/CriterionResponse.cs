using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Assessments;

/// <summary>What a unit reported for one leaf criterion, the points it claims, and the points finally given.</summary>
public sealed class CriterionResponse : VersionedEntity
{
    public const int MaxExplanationLength = 4000;

    public const int MaxNotApplicableReasonLength = 1000;

    private CriterionResponse()
    {
        Inputs = "{}";
    }

    internal CriterionResponse(Guid assessmentId, Guid nodeId)
    {
        AssessmentId = assessmentId;
        NodeId = nodeId;
        Inputs = "{}";
    }

    public Guid AssessmentId { get; private set; }

    /// <summary>The framework leaf answered.</summary>
    public Guid NodeId { get; private set; }

    /// <summary>What the unit entered (yes/no, dates, numerator and denominator, level, document numbers) as JSON.</summary>
    public string Inputs { get; private set; }

    /// <summary>The points the unit gives itself (tự chấm).</summary>
    public decimal? SelfScore { get; private set; }

    /// <summary>How the unit scored, required where evidence is missing.</summary>
    public string? Explanation { get; private set; }

    /// <summary>"Không đánh giá": the leaf leaves both the achieved points and the maximum.</summary>
    public bool IsNotApplicable { get; private set; }

    public string? NotApplicableReason { get; private set; }

    /// <summary>The points that count: round 2 where it was scored, else round 1, else the imported or entered data.</summary>
    public decimal? FinalScore { get; private set; }

    /// <summary>Why points were taken away, in the words of the appraiser whose round decides.</summary>
    public string? AppraisalComment { get; private set; }

    /// <summary>Thẩm định lần 1. Rounds are kept side by side, as the unit and the council read them.</summary>
    public decimal? Round1Score { get; private set; }

    public string? Round1Comment { get; private set; }

    public Guid? Round1ByUserId { get; private set; }

    public DateTime? Round1AtUtc { get; private set; }

    /// <summary>The inspector's question for the explanation round (giải trình); null when none was asked.</summary>
    public string? ExplanationQuestion { get; private set; }

    public Guid? ExplanationQuestionByUserId { get; private set; }

    public string? ExplanationAnswer { get; private set; }

    public Guid? ExplanationAnsweredByUserId { get; private set; }

    public DateTime? ExplanationAnsweredAtUtc { get; private set; }

    /// <summary>Thẩm định lần 2, after the unit's explanation.</summary>
    public decimal? Round2Score { get; private set; }

    public string? Round2Comment { get; private set; }

    public Guid? Round2ByUserId { get; private set; }

    public DateTime? Round2AtUtc { get; private set; }

    /// <summary>Where survey and external points came from (the survey import, or who entered the figures).</summary>
    public string? DataSource { get; private set; }

    public DateTime? UpdatedAtUtc { get; private set; }

    public Guid? UpdatedByUserId { get; private set; }

    public void RecordSelfAssessment(string inputsJson, decimal? selfScore, string? explanation, Guid userId, DateTime nowUtc)
    {
        if (selfScore < 0)
        {
            throw new DomainException("response.negativeScore", "A self-score cannot be negative.");
        }

        Inputs = string.IsNullOrWhiteSpace(inputsJson) ? "{}" : inputsJson;
        SelfScore = selfScore;
        Explanation = Guard.OptionalText(explanation, MaxExplanationLength, "response.explanation");
        UpdatedAtUtc = nowUtc;
        UpdatedByUserId = userId;
    }

    public void MarkNotApplicable(string reason)
    {
        IsNotApplicable = true;
        NotApplicableReason = Guard.Text(reason, MaxNotApplicableReasonLength, "response.notApplicableReason");
    }

    /// <summary>Undoes <see cref="MarkNotApplicable"/>: the leaf counts again, with whatever the unit had entered.</summary>
    public void ClearNotApplicable()
    {
        IsNotApplicable = false;
        NotApplicableReason = null;
    }

    public void RecordFinalScore(decimal finalScore, string? comment)
    {
        FinalScore = finalScore;
        AppraisalComment = Guard.OptionalText(comment, MaxExplanationLength, "response.appraisalComment");
    }

    /// <summary>
    /// An inspector's score for one round. <paramref name="limit"/> is the leaf's maximum (or the framework's cap
    /// for bonus and deduction). A reason is required whenever points are taken away.
    /// </summary>
    public void Appraise(AppraisalRound round, FrameworkNode leaf, decimal limit, decimal score, string? comment, Guid userId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        if (score < 0m || score > limit)
        {
            throw new DomainException("appraisal.outOfRange", $"The score must be within 0..{limit}.", limit);
        }

        var reason = Guard.OptionalText(comment, MaxExplanationLength, "appraisal.comment");
        if (reason is null && TakesPointsAway(leaf, limit, score))
        {
            throw new DomainException("appraisal.reasonRequired", "A reason is required when points are taken away.");
        }

        if (round == AppraisalRound.First)
        {
            (Round1Score, Round1Comment, Round1ByUserId, Round1AtUtc) = (score, reason, userId, nowUtc);
        }
        else
        {
            (Round2Score, Round2Comment, Round2ByUserId, Round2AtUtc) = (score, reason, userId, nowUtc);
        }

        FinalScore = Round2Score ?? Round1Score;
        AppraisalComment = Round2Score is null ? Round1Comment : Round2Comment ?? Round1Comment;
    }

    /// <summary>Deduction points always take something away; otherwise anything below the self-score (or the maximum).</summary>
    public bool TakesPointsAway(FrameworkNode leaf, decimal limit, decimal score)
    {
        ArgumentNullException.ThrowIfNull(leaf);
        return leaf.RuleType == RuleType.Deduction ? score > 0m : score < (SelfScore ?? limit);
    }

    public void AskForExplanation(string question, Guid userId)
    {
        ExplanationQuestion = Guard.Text(question, MaxExplanationLength, "explanation.question");
        ExplanationQuestionByUserId = userId;
    }

    public void WithdrawExplanationQuestion()
    {
        ExplanationQuestion = null;
        ExplanationQuestionByUserId = null;
    }

    public void AnswerExplanation(string answer, Guid userId, DateTime nowUtc)
    {
        if (ExplanationQuestion is null)
        {
            throw new DomainException("explanation.notAsked", "No explanation was asked for this criterion.");
        }

        ExplanationAnswer = Guard.Text(answer, MaxExplanationLength, "explanation.answer");
        ExplanationAnsweredByUserId = userId;
        ExplanationAnsweredAtUtc = nowUtc;
    }

    /// <summary>Survey results and external figures: the data decides the points, not an inspector's round.</summary>
    public void RecordDataResult(string inputsJson, decimal points, string source)
    {
        if (points < 0m)
        {
            throw new DomainException("response.negativeScore", "Points cannot be negative.");
        }

        Inputs = string.IsNullOrWhiteSpace(inputsJson) ? "{}" : inputsJson;
        FinalScore = points;
        DataSource = Guard.Text(source, 200, "response.dataSource");
    }

    /// <summary>A later import no longer carries this unit and criterion: the earlier figures stop counting.</summary>
    public void ClearDataResult()
    {
        Inputs = "{}";
        FinalScore = null;
        DataSource = null;
    }
}
