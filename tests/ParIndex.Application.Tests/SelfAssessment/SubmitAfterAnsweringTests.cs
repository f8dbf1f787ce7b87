using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.Tests.SelfAssessment;

/// <summary>
/// A leader who answers and submits in one visit: the first answer starts the assessment (a new version), and the save
/// hands that version back, so the page submits with it instead of meeting a conflict with itself.
/// </summary>
public sealed class SubmitAfterAnsweringTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task TheLastSave_GivesTheAssessmentsNewVersion_WhichSubmitsWithoutAReload()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 1, verticalAgencies: 0);
        await province.OpenSelfAssessmentAsync();
        var opened = await province.SelfAssessmentAsync("S01");

        var saved = await province.AnswerAllAsync("S01");

        Assert.NotNull(saved);
        Assert.NotEqual(opened.ConcurrencyStamp, saved.AssessmentConcurrencyStamp);
        await province.App.Handler<SubmitSelfAssessmentHandler>(Roles.AgencyLeader, province.Units["S01"])
            .HandleAsync(new SubmitSelfAssessment(opened.AssessmentId, saved.AssessmentConcurrencyStamp), Ct);
        await using var db = province.App.NewDbContext();
        Assert.Equal(AssessmentState.Submitted, (await db.Assessments.SingleAsync(a => a.Id == opened.AssessmentId)).State);
    }
}
