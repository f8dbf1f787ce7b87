using ParIndex.Domain.Common;

namespace ParIndex.Domain.Assessments;

/// <summary>What a unit reported for one leaf criterion, the points it claims, and the points finally given.</summary>
public sealed class CriterionResponse : VersionedEntity
{
    public const int MaxExplanationLength = 4000;

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

    /// <summary>The points that count after appraisal.</summary>
    public decimal? FinalScore { get; private set; }

    /// <summary>Why points were taken away, in the appraiser's words.</summary>
    public string? AppraisalComment { get; private set; }

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
        NotApplicableReason = Guard.Text(reason, 1000, "response.notApplicableReason");
    }

    public void RecordFinalScore(decimal finalScore, string? comment)
    {
        FinalScore = finalScore;
        AppraisalComment = Guard.OptionalText(comment, MaxExplanationLength, "response.appraisalComment");
    }
}
