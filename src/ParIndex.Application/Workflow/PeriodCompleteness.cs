using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Workflow;

/// <summary>
/// What a period's decision would rest on that is not there: units that never submitted, criteria no inspector
/// appraised, explanation questions not answered, survey results and sector figures missing per unit and criterion,
/// and the waivers Home Affairs recorded. Shown before the period goes to the council, in the council's approval
/// dialog and in the publish dialog; <see cref="Refusal"/> is what stops the move to the council and the approval.
/// </summary>
public sealed record PeriodCompleteness(
    Guid PeriodId,
    IReadOnlyList<UnitNotSubmitted> NotSubmitted,
    IReadOnlyList<UnitCriteria> Unappraised,
    IReadOnlyList<UnitCriteria> UnansweredQuestions,
    IReadOnlyList<MissingData> MissingSurvey,
    IReadOnlyList<MissingData> MissingSector,
    IReadOnlyList<SurveyWaiverView> Waivers)
{
    public int UnappraisedCriteria => Unappraised.Sum(u => u.Count);

    public int UnansweredQuestionCount => UnansweredQuestions.Sum(u => u.Count);

    /// <summary>Missing survey results the framework requires and no waiver covers: the council cannot decide on them.</summary>
    public IReadOnlyList<MissingData> BlockingSurvey => [.. MissingSurvey.Where(m => m.Blocks)];

    public bool IsComplete => NotSubmitted.Count == 0 && Unappraised.Count == 0 && UnansweredQuestions.Count == 0 && MissingSurvey.Count == 0
        && MissingSector.Count == 0;

    /// <summary>What must be resolved before the council decides, in the reader's language with the counts; null when nothing blocks.</summary>
    public string? Refusal
    {
        get
        {
            var survey = BlockingSurvey;
            var parts = new List<string>();
            if (survey.Count > 0)
            {
                parts.Add(WorkflowMessages.IncompletePart("Survey", survey.Select(m => m.UnitId).Distinct().Count(), survey.Count,
                    survey.Select(m => m.NodeId).Distinct().Count()));
            }

            if (Unappraised.Count > 0)
            {
                parts.Add(WorkflowMessages.IncompletePart("Unappraised", UnappraisedCriteria, Unappraised.Count));
            }

            if (parts.Count == 0)
            {
                return null;
            }

            var remedies = new List<string>();
            if (survey.Count > 0)
            {
                remedies.Add(WorkflowMessages.IncompletePart("SurveyRemedy"));
            }

            if (Unappraised.Count > 0)
            {
                remedies.Add(WorkflowMessages.IncompletePart("AppraisalRemedy"));
            }

            return WorkflowMessages.Incomplete(parts, remedies);
        }
    }
}

public sealed record UnitNotSubmitted(Guid UnitId, string UnitName, string BlockName, AssessmentState State);

/// <summary>One unit's criteria in a list (unappraised, or with a question not answered), by code.</summary>
public sealed record UnitCriteria(Guid AssessmentId, Guid UnitId, string UnitName, Guid BlockId, string BlockName, IReadOnlyList<string> CriterionCodes)
{
    public int Count => CriterionCodes.Count;
}

/// <summary>
/// One unit's missing survey or sector figure for one criterion. <see cref="CountsAs"/> is the framework's rule for a
/// missing survey result (null for sector data, which counts 0 points); <see cref="WaiverReason"/> the waiver that covers it.
/// </summary>
public sealed record MissingData(Guid UnitId, string UnitName, string BlockName, Guid NodeId, string CriterionCode, string CriterionTitle,
    MissingSurveyRule? CountsAs, string? WaiverReason)
{
    public bool Blocks => CountsAs == MissingSurveyRule.Required && WaiverReason is null;
}

/// <summary>A recorded waiver: the criterion it names (null for every survey criterion), why, and the line reports print.</summary>
public sealed record SurveyWaiverView(Guid Id, Guid? NodeId, string? CriterionCode, string Reason, DateTime RecordedAtUtc, string Line);
