using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.SelfAssessment;

internal static class SelfAssessmentRules
{
    /// <summary>Refuses changes once submitted or past the deadline, saying which, with the deadline in Vietnam's time.</summary>
    public static void EnsureEditable(Assessment assessment, EvaluationPeriod period, DateTime nowUtc)
    {
        if (assessment.IsEditableByUnit(period, nowUtc))
        {
            return;
        }

        var deadline = VietnamTime.FromUtc(assessment.ExtendedDeadlineUtc ?? period.SelfAssessmentDeadlineUtc);
        throw assessment.State == AssessmentState.Submitted
            ? new DomainException("assessment.submitted", "The self-assessment was submitted and can no longer be changed.")
            : new DomainException("assessment.readOnly", $"The deadline ({deadline:u}) has passed or the period is no longer open.", deadline)
            {
                MessageKey = "assessment.readOnlyAt",
            };
    }
}
