using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Application.Publication;
using ParIndex.Application.Tests.Appraisal;
using ParIndex.Application.Tests.EvidenceFiles;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;

namespace ParIndex.Application.Tests.Publication;

/// <summary>Issue 18: the signed council minutes attached to the approval, the signed decision to the publication.</summary>
public sealed class SignedDocumentTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task AttachMinutes_AfterApproval_KeptWithItsHashAndAudited_DownloadableByInternalRolesOnly()
    {
        var story = await ApprovedAsync();
        var bytes = EvidenceSamples.Pdf(1500);

        var attached = await Attach(Roles.CouncilMember, story, SignedDocumentKind.CouncilMinutes, "bien-ban-hop.pdf", bytes);

        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal((sha, false), (attached.Sha256, attached.Replaced));
        await using (var db = app.NewDbContext())
        {
            var audit = await db.AuditEntries.SingleAsync(e => e.Action == "signedDocument.minutesAttached" && e.EntityId == attached.Id.ToString());
            Assert.Contains(sha, audit.NewValues, StringComparison.Ordinal);
        }

        var listed = Assert.Single(await app.Handler<ListSignedDocumentsHandler>(Roles.Inspector).HandleAsync(new ListSignedDocuments(story.Sa.PeriodId), Ct));
        Assert.Equal((SignedDocumentKind.CouncilMinutes, "bien-ban-hop.pdf"), (listed.Kind, listed.FileName));
        var file = await app.Handler<DownloadSignedDocumentHandler>(Roles.Leader).HandleAsync(new DownloadSignedDocument(attached.Id), Ct);
        Assert.Equal(bytes, file.Content);
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            app.Handler<DownloadSignedDocumentHandler>(Roles.AgencyStaff, story.Sa.UnitA).HandleAsync(new DownloadSignedDocument(attached.Id), Ct));
    }

    [Fact]
    public async Task Attach_AFileThatIsNotAPdf_OrOnlyNamedPdf_IsRefusedAndAudited_NothingStored()
    {
        var story = await ApprovedAsync();

        var docx = await Assert.ThrowsAsync<ValidationException>(() =>
            Attach(Roles.Administrator, story, SignedDocumentKind.CouncilMinutes, "bien-ban.docx", EvidenceSamples.Docx()));
        var disguised = await Assert.ThrowsAsync<ValidationException>(() =>
            Attach(Roles.Administrator, story, SignedDocumentKind.CouncilMinutes, "bien-ban.pdf", "không phải PDF"u8.ToArray()));

        Assert.Contains(AttachSignedDocumentHandler.NotPdf, docx.Message, StringComparison.Ordinal);
        Assert.NotEmpty(disguised.Errors);
        await using var db = app.NewDbContext();
        Assert.False(await db.SignedDocuments.AnyAsync(d => d.PeriodId == story.Sa.PeriodId));
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == "signedDocument.minutesAttached" && !e.Succeeded
            && e.NewValues!.Contains("bien-ban.")));
    }

    [Fact]
    public async Task Attach_AboveTheSizeCap_IsRefused()
    {
        var story = await ApprovedAsync();
        var user = new FakeCurrentUser { IsAuthenticated = true, UserId = TestApp.AdministratorId, UserName = "admin", Roles = [Roles.Administrator] };
        var handler = new AttachSignedDocumentHandler(app.Services.GetRequiredService<IParIndexDbFactory>(), app.Services.GetRequiredService<IEvidenceStore>(),
            app.Services.GetRequiredService<IUploadInspector>(), new EvidenceOptions { MaxFileBytes = 1000 }, user, app.Clock);

        await Assert.ThrowsAsync<UploadTooLargeException>(() => handler.HandleAsync(
            new AttachSignedDocument(story.Sa.PeriodId, SignedDocumentKind.CouncilMinutes, "bien-ban.pdf", new MemoryStream(EvidenceSamples.Pdf(1500))), Ct));
    }

    [Fact]
    public async Task AttachDecision_BeforePublishing_IsRefused_AndTheCouncilMayNotAttachIt()
    {
        var story = await ApprovedAsync();

        await Assert.ThrowsAsync<WorkflowRefusedException>(() =>
            Attach(Roles.Administrator, story, SignedDocumentKind.PublicationDecision, "quyet-dinh.pdf", EvidenceSamples.Pdf()));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Attach(Roles.CouncilMember, story, SignedDocumentKind.PublicationDecision, "quyet-dinh.pdf", EvidenceSamples.Pdf()));
    }

    [Fact]
    public async Task AttachDecision_AfterPublishing_IsPublic_AndReplacingItKeepsTheOldHashInTheAudit()
    {
        var story = await ApprovedAsync();
        await PublishAsync(story);
        var year = await YearAsync(story);
        var first = EvidenceSamples.Pdf(1200);
        var second = EvidenceSamples.Pdf(1300);

        var attached = await Attach(Roles.Administrator, story, SignedDocumentKind.PublicationDecision, "quyet-dinh.pdf", first);
        var replaced = await Attach(Roles.Administrator, story, SignedDocumentKind.PublicationDecision, "quyet-dinh-ban-ky.pdf", second);

        Assert.Equal((attached.Id, true), (replaced.Id, replaced.Replaced));
        await using (var db = app.NewDbContext())
        {
            var audit = await db.AuditEntries.SingleAsync(e => e.Action == "signedDocument.decisionAttachedReplaced" && e.EntityId == attached.Id.ToString());
            Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(first)), audit.OldValues, StringComparison.Ordinal);
            Assert.Contains(Convert.ToHexStringLower(SHA256.HashData(second)), audit.NewValues, StringComparison.Ordinal);
        }

        // Anyone, signed in or not, reads the decision that published the year.
        var anonymous = new FakeCurrentUser();
        var factory = app.Services.GetRequiredService<IParIndexDbFactory>();
        var found = await new FindPublishedDecisionHandler(factory).HandleAsync(new FindPublishedDecision(year), Ct);
        Assert.Equal("quyet-dinh-ban-ky.pdf", found!.FileName);
        var file = await new DownloadPublishedDecisionHandler(factory, app.Services.GetRequiredService<IEvidenceStore>(), anonymous, app.Clock)
            .HandleAsync(new DownloadPublishedDecision(year), Ct);
        Assert.Equal(second, file.Content);
    }

    private async Task<AttachedSignedDocument> Attach(string role, AppraisalStory story, SignedDocumentKind kind, string name, byte[] bytes) =>
        await app.Handler<AttachSignedDocumentHandler>(role).HandleAsync(new AttachSignedDocument(story.Sa.PeriodId, kind, name, new MemoryStream(bytes)), Ct);

    private async Task<AppraisalStory> ApprovedAsync()
    {
        var story = await AppraisalStory.SeedAsync(app);
        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Rate, AppraisalRound.First, 2m,
            "Tỷ lệ thực tế 91%.", await AppraisalStory.ResponseStampAsync(app, story.Sa.AssessmentA, story.Sa.Rate)), Ct);
        await story.ResolveForCouncilAsync(app);
        await app.Handler<ChangePeriodStateHandler>(Roles.Administrator).HandleAsync(
            new ChangePeriodState(story.Sa.PeriodId, PeriodState.CouncilReview, null, null, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);
        await app.Handler<ApproveResultsHandler>(Roles.CouncilMember).HandleAsync(new ApproveResults(story.Sa.PeriodId, new DateOnly(2026, 11, 20), "15/QĐ-HĐTĐ",
            new DateOnly(2026, 11, 21), 9, 7, null, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);
        return story;
    }

    private async Task PublishAsync(AppraisalStory story) =>
        await app.Handler<PublishResultsHandler>(Roles.Administrator).HandleAsync(new PublishResults(story.Sa.PeriodId, "30/QĐ-UBND",
            new DateOnly(2026, 11, 22), "Chủ tịch UBND tỉnh Nguyễn Văn A", null, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);

    private async Task<int> YearAsync(AppraisalStory story)
    {
        await using var db = app.NewDbContext();
        return await db.Periods.Where(p => p.Id == story.Sa.PeriodId).Select(p => p.Year).SingleAsync();
    }
}
