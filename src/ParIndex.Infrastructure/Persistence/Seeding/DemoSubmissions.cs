using ParIndex.Domain.Assessments;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// The submission history line of each assessment the demo builds as entities (the published years and the
/// <c>Demo:Stage=Appraisal</c> year): the leader's submission, when and by whom, as <c>SubmitSelfAssessment</c> writes it for
/// a real unit, so a demo unit's page shows its history like any other. The open year is submitted through the use case itself.
/// </summary>
internal static class DemoSubmissions
{
    /// <summary>Where a unit has no demo leader: the history still names someone.</summary>
    public const string SeederName = "Lãnh đạo đơn vị (dữ liệu minh họa)";

    public static IEnumerable<SubmissionRecord> For(IEnumerable<Assessment> assessments, DemoAccountPlan accounts) =>
        assessments.Where(a => a.SubmittedAtUtc is not null)
            .Select(a => new SubmissionRecord(a.Id, SubmissionKind.Submitted, a.SubmittedAtUtc!.Value, a.SubmittedByUserId ?? DemoAccountPlan.Seeder,
                accounts.NameOf(a.SubmittedByUserId) ?? SeederName, null));
}
