using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Results;

/// <summary>
/// The one rule for when a unit sees what the inspectors gave it (issue 16.3): from round 1 until the council
/// approves, a unit's own people see the appraisal's points and comments only once Home Affairs has released the
/// round-1 results. Every output that can carry them (the appraisal view, the scorecard and its PDF and Word files,
/// which read through the scorecard) asks here; the what-if, the dashboards and the exports read decided or
/// published results only, which are visible anyway.
/// </summary>
public static class AppraisalRelease
{
    /// <summary>Why a unit's own people may not see the appraisal yet, in the reader's language.</summary>
    public static string NotReleased => ResultMessages.AppraisalNotReleased;

    /// <summary>Whether the inspectors' points and comments of the period may be shown to the units.</summary>
    public static bool IsVisibleToUnits(EvaluationPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.State < PeriodState.AppraisalRound1 || period.State >= PeriodState.Approved || period.Round1ResultsReleased;
    }

    /// <summary>Whether <paramref name="user"/> reads as the unit's own people, to whom unreleased appraisal is hidden.</summary>
    public static bool IsHiddenFrom(ICurrentUser user, Guid unitId, EvaluationPeriod period)
    {
        ArgumentNullException.ThrowIfNull(user);
        return SelfAssessmentAccess.MayEdit(user, unitId) && !IsVisibleToUnits(period);
    }
}
