using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Home;

/// <summary>What a home card's main button does: the page of the person's next task, and which task it is (for its label).</summary>
public sealed record NextTask(NextTaskKind Kind, string Href);

public enum NextTaskKind
{
    /// <summary>An agency officer: fill in the self-assessment.</summary>
    FillIn = 1,

    /// <summary>An agency leader: review the sheet and submit it (the checklist and button at its foot).</summary>
    ReviewAndSubmit = 2,

    /// <summary>The unit was asked questions: answer them before the explanation deadline.</summary>
    AnswerExplanation = 3,

    /// <summary>Nothing to do now: read what was submitted.</summary>
    ViewSelfAssessment = 4,

    /// <summary>An inspector: their own units not yet finished in the period's queue.</summary>
    MyUnfinishedUnits = 5,

    /// <summary>Home Affairs: open the period (it is still a draft).</summary>
    OpenPeriod = 6,

    /// <summary>Home Affairs: follow the units' self-assessment while it is open.</summary>
    FollowSelfAssessment = 7,

    /// <summary>Home Affairs: the period's workflow (assignments, rounds, sending to the council).</summary>
    SteerAppraisal = 8,

    /// <summary>Home Affairs: the council has approved, publish.</summary>
    Publish = 9,

    /// <summary>Home Affairs: the period is published, read its public results.</summary>
    ReadPublished = 10,
}

/// <summary>
/// Each role's next task from what its home card already knows (issue 18: "every role's home card leads to its next task").
/// The council member's is the approval screen of each period awaiting it (<see cref="CouncilHome"/>).
/// </summary>
public static class HomeNextTasks
{
    /// <summary>The unit's leader submits; its officers fill in.</summary>
    public static NextTask? ForAgency(AgencyHome home, Me me)
    {
        ArgumentNullException.ThrowIfNull(me);
        return ForAgency(home, me.Roles.Contains(Common.Roles.AgencyLeader));
    }

    public static NextTask? ForAgency(AgencyHome home, bool isLeader)
    {
        ArgumentNullException.ThrowIfNull(home);
        return (home.Period, home.CurrentState) switch
        {
            (_, null) => null,
            ({ } period, AssessmentState.ExplanationRequested) => new(NextTaskKind.AnswerExplanation, $"/explanation/{period.PeriodId}"),
            ({ State: PeriodState.SelfAssessmentOpen }, AssessmentState.NotStarted or AssessmentState.InProgress) => isLeader
                ? new(NextTaskKind.ReviewAndSubmit, "/self-assessment#submission-panel")
                : new(NextTaskKind.FillIn, "/self-assessment"),
            _ => new(NextTaskKind.ViewSelfAssessment, "/self-assessment"),
        };
    }

    public static NextTask ForInspector(InspectorHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return new(NextTaskKind.MyUnfinishedUnits, $"/appraisal/{home.Period.PeriodId}?mine=true");
    }

    /// <summary>The step the current period is at; null when there is no period yet.</summary>
    public static NextTask? ForAdministrator(PeriodLine? current) => current switch
    {
        null => null,
        { State: PeriodState.Draft } => new(NextTaskKind.OpenPeriod, "/admin/periods"),
        { State: PeriodState.SelfAssessmentOpen } => new(NextTaskKind.FollowSelfAssessment, "/self-assessments"),
        { State: PeriodState.Approved } => new(NextTaskKind.Publish, $"/periods/{current.PeriodId}/workflow"),
        { State: PeriodState.Published or PeriodState.Archived } => new(NextTaskKind.ReadPublished, $"/public/{current.Year}"),
        _ => new(NextTaskKind.SteerAppraisal, $"/periods/{current.PeriodId}/workflow"),
    };
}
