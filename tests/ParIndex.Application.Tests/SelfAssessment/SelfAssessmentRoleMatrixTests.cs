using ParIndex.Application.Common;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Common;

namespace ParIndex.Application.Tests.SelfAssessment;

/// <summary>
/// Security test A7 for the self-assessment: every role (and agency roles of another unit) against every action.
/// Only the cells marked allowed succeed; the others are refused before anything changes.
/// </summary>
public sealed class SelfAssessmentRoleMatrixTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    public static TheoryData<string, bool, string, bool> Matrix()
    {
        var data = new TheoryData<string, bool, string, bool>();
        var cells = new (string Role, bool OwnUnit, string Allowed)[]
        {
            (Roles.AgencyStaff, true, "read save document"),
            (Roles.AgencyLeader, true, "read save document submit"),
            (Roles.AgencyStaff, false, ""),
            (Roles.AgencyLeader, false, ""),
            (Roles.Inspector, false, "read extend"),
            (Roles.Administrator, false, "read extend"),
            (Roles.CouncilMember, false, "read"),
            (Roles.Leader, false, "read"),
        };
        foreach (var (role, own, allowed) in cells)
        {
            foreach (var action in new[] { "read", "save", "document", "submit", "extend" })
            {
                data.Add(role, own, action, allowed.Split(' ').Contains(action));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Action_ByRole_IsAllowedOnlyWhereTheMatrixSays(string role, bool ownUnit, string action, bool allowed)
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var unit = role is Roles.AgencyStaff or Roles.AgencyLeader ? (ownUnit ? story.UnitA : story.UnitB) : (Guid?)null;
        await PrepareAsync(story, action);

        var attempt = await Record.ExceptionAsync(() => RunAsync(story, role, unit, action));

        if (allowed)
        {
            Assert.Null(attempt);
        }
        else
        {
            Assert.True(attempt is AccessDeniedException, $"{role} {action}: {attempt?.GetType().Name ?? "allowed"}");
        }
    }

    /// <summary>Submission needs a complete sheet, so the refusal tested is the role's, not the checklist's.</summary>
    private async Task PrepareAsync(SelfAssessmentStory story, string action)
    {
        if (action != "submit")
        {
            return;
        }

        var staff = app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, story.UnitA);
        await staff.HandleAsync(new SaveAnswer(story.AssessmentA, story.YesNo, Values("done", "true"), "Bản giấy lưu tại văn phòng.", null), Ct);
        await app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, story.UnitA).HandleAsync(new SaveAnswer(story.AssessmentA, story.Rate, Values("rate", "99"), null, null), Ct);
        await app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, story.UnitA).HandleAsync(new SaveAnswer(story.AssessmentA, story.Level, Values("level", "Đầy đủ"), null, null), Ct);
    }

    private async Task RunAsync(SelfAssessmentStory story, string role, Guid? unit, string action)
    {
        switch (action)
        {
            case "read":
                await app.Handler<GetSelfAssessmentHandler>(role, unit).HandleAsync(new GetSelfAssessment(story.PeriodId, story.UnitA), Ct);
                break;
            case "save":
                await app.Handler<SaveAnswerHandler>(role, unit).HandleAsync(new SaveAnswer(story.AssessmentA, story.Rate, Values("rate", "50"), null, null), Ct);
                break;
            case "document":
                await app.Handler<AddDocumentReferenceHandler>(role, unit).HandleAsync(new AddDocumentReference(story.AssessmentA, [story.YesNo],
                    "Kế hoạch CCHC", "1/KH-UBND", new DateOnly(2026, 1, 5), "UBND xã", null), Ct);
                break;
            case "submit":
                var stamp = (await app.Handler<GetSelfAssessmentHandler>(Roles.AgencyLeader, story.UnitA)
                    .HandleAsync(new GetSelfAssessment(story.PeriodId), Ct)).ConcurrencyStamp;
                await app.Handler<SubmitSelfAssessmentHandler>(role, unit).HandleAsync(new SubmitSelfAssessment(story.AssessmentA, stamp), Ct);
                break;
            case "extend":
                await app.Handler<GrantExtensionHandler>(role, unit).HandleAsync(new GrantExtension(story.AssessmentA,
                    VietnamTime.FromUtc(story.DeadlineUtc).DateTime.AddDays(5), "Mất điện do bão"), Ct);
                break;
            default:
                throw new DomainException("test.action", action);
        }
    }

    private static Dictionary<string, string?> Values(string key, string value) => new() { [key] = value };
}
