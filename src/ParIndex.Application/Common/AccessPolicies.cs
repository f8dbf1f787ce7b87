using ParIndex.Application.Appraisal;
using ParIndex.Application.DataImport;
using ParIndex.Application.Frameworks;
using ParIndex.Application.HistoryImport;
using ParIndex.Application.Improvement;
using ParIndex.Application.NotApplicable;
using ParIndex.Application.Periods;
using ParIndex.Application.Publication;
using ParIndex.Application.Results;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Surveys;
using ParIndex.Application.Units;
using ParIndex.Application.Users;
using ParIndex.Application.Workflow;

namespace ParIndex.Application.Common;

/// <summary>
/// Authorization declared once: each named policy is the role array a use case checks, so a page's
/// <c>[Authorize(Policy = …)]</c>, an <c>AuthorizeView Policy</c> and the use case behind it can never disagree. The host
/// registers every entry of <see cref="All"/> as an ASP.NET Core policy; pages hide what the use case would refuse,
/// and the use case still refuses it (hiding is never the control).
/// </summary>
public static class AccessPolicies
{
    public const string UserManagement = nameof(UserManagement);
    public const string UnitEditing = nameof(UnitEditing);
    public const string PeriodEditing = nameof(PeriodEditing);
    public const string PastResultsImport = nameof(PastResultsImport);
    public const string SurveyManagement = nameof(SurveyManagement);
    public const string FrameworkEditing = nameof(FrameworkEditing);
    public const string Assigning = nameof(Assigning);
    public const string AssignmentReading = nameof(AssignmentReading);
    public const string AppraisalQueue = nameof(AppraisalQueue);
    public const string WorkflowReading = nameof(WorkflowReading);
    public const string WorkflowSteering = nameof(WorkflowSteering);
    public const string Publishing = nameof(Publishing);
    public const string SelfAssessmentProgress = nameof(SelfAssessmentProgress);
    public const string UnitWork = nameof(UnitWork);
    public const string DataImport = nameof(DataImport);
    public const string NotApplicableDeciding = nameof(NotApplicableDeciding);
    public const string ImprovementPlan = nameof(ImprovementPlan);
    public const string ImprovementOverview = nameof(ImprovementOverview);
    public const string ResultsBeforePublication = nameof(ResultsBeforePublication);
    public const string Dashboard = nameof(Dashboard);

    /// <summary>Every policy and the roles it admits, taken from the arrays the use cases check.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> All { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [UserManagement] = UserAccess.Managers,
        [UnitEditing] = UnitAccess.Editors,
        [PeriodEditing] = PeriodAccess.Editors,
        [PastResultsImport] = PastResultsAccess.Importers,
        [SurveyManagement] = SurveyAccess.Managers,
        [FrameworkEditing] = FrameworkAccess.Editors,
        [Assigning] = AppraisalAccess.Assigners,
        [AssignmentReading] = AppraisalAccess.Readers,
        [AppraisalQueue] = AppraisalAccess.QueueReaders,
        [WorkflowReading] = WorkflowAccess.Readers,
        [WorkflowSteering] = [.. WorkflowAccess.Stewards, .. WorkflowAccess.Approvers],
        [Publishing] = PublicationAccess.Publishers,
        [SelfAssessmentProgress] = ListSelfAssessmentsHandler.Readers,
        [UnitWork] = SelfAssessmentAccess.Editors,
        [DataImport] = DataImportAccess.Writers,
        [NotApplicableDeciding] = NotApplicableTargets.Deciders,
        [ImprovementPlan] = [.. ImprovementAccess.Editors, .. ImprovementAccess.ProvinceReaders],
        [ImprovementOverview] = ImprovementAccess.ProvinceReaders,
        [ResultsBeforePublication] = ResultAccess.BeforePublication,
        [Dashboard] = [.. ResultAccess.BeforePublication, .. SelfAssessmentAccess.Editors],
    };

    /// <summary>The same answer the host's policy gives, for a view's <c>May*</c> flag.</summary>
    public static bool Allows(ICurrentUser user, string policy) =>
        user.IsAuthenticated && user.UserId is not null && All[policy].Any(user.IsInRole);
}
