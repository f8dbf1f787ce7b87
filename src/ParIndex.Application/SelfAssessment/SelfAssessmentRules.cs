using System.Globalization;
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

        var deadline = VietnamTime.FromUtc(assessment.ExtendedDeadlineUtc ?? period.SelfAssessmentDeadlineUtc)
            .ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);
        throw assessment.State == AssessmentState.Submitted
            ? new DomainException("assessment.submitted", "Bản tự đánh giá đã được gửi, không thể sửa.")
            : new DomainException("assessment.readOnly", $"Đã hết hạn tự đánh giá ({deadline}) hoặc kỳ đánh giá không còn mở, không thể sửa.");
    }
}
