using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Publication;
using ParIndex.Application.Tests.Appraisal;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Tests.Publication;

/// <summary>Publication as an immutable, hash-chained snapshot (D7, D8): publish, verify, tamper, correct.</summary>
public sealed class PublicationTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Publish_ApprovedPeriod_SnapshotIsPublicAndVerifies_ADraftPeriodIsNot()
    {
        var story = await ApprovedAsync("Tỷ lệ thực tế 91%.");
        var draftYears = (await app.Handler<GetPublicResultsHandler>(Roles.AgencyStaff).HandleAsync(new GetPublicResults(), Ct)).Years;
        Assert.DoesNotContain(await YearAsync(story), draftYears);

        var published = await PublishAsync(story, reason: null);

        Assert.Equal(1, published.Version);
        var results = await new GetPublicResultsHandler(app.Services.GetRequiredService<IParIndexDbFactory>(), new PublicSnapshots()).HandleAsync(new GetPublicResults(await YearAsync(story)), Ct);
        var row = results.Selected!.Blocks.Single().Rows.Single(r => r.Rank == 1);
        Assert.Equal((75m, "Fair"), (row.Index, row.Classification));
        Assert.Equal(published.Sha256, results.Selected.Stamp.Sha256);
        var report = await app.Handler<VerifyPublicationsHandler>(Roles.AgencyStaff).HandleAsync(new VerifyPublications(published.PublicationId), Ct);
        Assert.True(report.Passed, string.Join("; ", report.Problems.Select(p => p.Message)));
        await using var db = app.NewDbContext();
        Assert.Equal(PeriodState.Published, (await db.Periods.SingleAsync(p => p.Id == story.Sa.PeriodId)).State);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "period.published" && e.EntityId == story.Sa.PeriodId.ToString()));
    }

    [Fact]
    public async Task EditingAScoreBehindThePortalsBack_FailsVerification_NamingThePublicationAndTheUnit()
    {
        var story = await ApprovedAsync("Tỷ lệ thực tế 91%.");
        await PublishAsync(story, reason: null);
        string code;
        await using (var db = app.NewDbContext())
        {
            code = (await db.Units.SingleAsync(u => u.Id == story.Sa.UnitA)).Code;
            // A database administrator raises one criterion directly in SQLite.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"UPDATE CriterionResponses SET FinalScore = 4.0, Round1Score = 4.0 WHERE AssessmentId = {story.Sa.AssessmentA} AND NodeId = {story.Sa.Rate}");
        }

        var report = await app.Handler<VerifyPublicationsHandler>(Roles.Leader).HandleAsync(new VerifyPublications(), Ct);

        Assert.False(report.Passed);
        var problem = Assert.Single(report.Problems, p => p.UnitCode == code);
        Assert.Equal((await YearAsync(story), 1), (problem.Year, problem.Version));
        Assert.Contains("1.2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublishedSnapshot_CannotBeChangedThroughThePortal_AndARowEditedDirectlyBreaksItsHash()
    {
        var story = await ApprovedAsync("Tỷ lệ thực tế 91%.");
        var published = await PublishAsync(story, reason: null);
        await using (var db = app.NewDbContext())
        {
            var publication = await db.Publications.SingleAsync(p => p.Id == published.PublicationId);
            db.Entry(publication).Property(p => p.DecisionNumber).CurrentValue = "99/QĐ-SỬA";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using (var db = app.NewDbContext())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Publications SET Snapshot = replace(Snapshot, '75.00', '95.00') WHERE Id = {published.PublicationId}");
        }

        var report = await app.Handler<VerifyPublicationsHandler>(Roles.Leader).HandleAsync(new VerifyPublications(published.PublicationId), Ct);
        Assert.False(Assert.Single(report.Publications).Passed);
        Assert.Contains(report.Problems, p => p.PublicationId == published.PublicationId && p.UnitCode is null);
    }

    [Fact]
    public async Task ACorrection_NeedsTheCouncilAgainAndAReason_BecomesVersion2_AndVersion1StaysReadable()
    {
        var story = await ApprovedAsync("Tỷ lệ thực tế 91%.");
        var first = await PublishAsync(story, reason: null);
        await Assert.ThrowsAsync<WorkflowRefusedException>(() => StepAsync(story, PeriodState.AppraisalRound2, "x"));
        await StepAsync(story, PeriodState.CouncilReview, "Đơn vị phát hiện sai sót số liệu tiêu chí 1.2.");
        await StepAsync(story, PeriodState.AppraisalRound2, "Chấm lại tiêu chí 1.2.");
        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Rate, AppraisalRound.Second, 4m,
            null, await AppraisalStory.ResponseStampAsync(app, story.Sa.AssessmentA, story.Sa.Rate)), Ct);
        await StepAsync(story, PeriodState.CouncilReview, null);
        await ApproveAsync(story);

        await Assert.ThrowsAsync<ValidationException>(() => PublishAsync(story, reason: null));
        var second = await PublishAsync(story, reason: "Đính chính điểm tiêu chí 1.2 của Xã An Bình theo Biên bản số 7.");

        Assert.Equal(2, second.Version);
        var results = await app.Handler<GetPublicResultsHandler>(Roles.Leader).HandleAsync(new GetPublicResults(await YearAsync(story)), Ct);
        Assert.Equal(100m, results.Selected!.Blocks.Single().Rows.Single(r => r.Rank == 1).Index);
        var earlier = Assert.Single(results.Selected.EarlierVersions);
        Assert.Equal((1, first.Sha256), (earlier.Version, earlier.Sha256));
        Assert.StartsWith("Đính chính", earlier.CorrectedBecause, StringComparison.Ordinal);
        var report = await app.Handler<VerifyPublicationsHandler>(Roles.Leader).HandleAsync(new VerifyPublications(second.PublicationId), Ct);
        Assert.True(report.Passed, string.Join("; ", report.Problems.Select(p => p.Message)));
        Assert.Equal(first.Sha256, Assert.Single(report.Publications).PreviousSha256);
        Assert.True((await app.Handler<VerifyPublicationsHandler>(Roles.Leader).HandleAsync(new VerifyPublications(first.PublicationId), Ct)).Passed);
    }

    [Fact]
    public async Task OnlyTheAdministratorPublishes_AndOnlyAnApprovedPeriod()
    {
        var story = await AppraisalStory.SeedAsync(app);
        var request = new PublishResults(story.Sa.PeriodId, "30/QĐ-UBND", new DateOnly(2026, 11, 20), "Chủ tịch UBND tỉnh", null,
            await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId));

        await Assert.ThrowsAsync<AccessDeniedException>(() => app.Handler<PublishResultsHandler>(Roles.CouncilMember).HandleAsync(request, Ct));
        await Assert.ThrowsAsync<WorkflowRefusedException>(() => app.Handler<PublishResultsHandler>(Roles.Administrator).HandleAsync(request, Ct));
    }

    [Fact]
    public async Task ForgedScore_WithHashesRecomputed_FailsOnTheSignatureAndOnTheClass_NamingTheUnit()
    {
        var story = await ApprovedAsync("Tỷ lệ thực tế 91%.");
        var published = await PublishAsync(story, reason: null);
        string code;
        await using (var db = app.NewDbContext())
        {
            code = (await db.Units.SingleAsync(u => u.Id == story.Sa.UnitA)).Code;
            // Issue 16.2: the index lowered in the snapshot and in the database, the class kept, every hash recomputed.
            var publication = await db.Publications.AsNoTracking().SingleAsync(p => p.Id == published.PublicationId);
            var forged = publication.Snapshot.Replace("\"Index\":\"75.00\"", "\"Index\":\"60.00\"", StringComparison.Ordinal);
            Assert.NotEqual(publication.Snapshot, forged);
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Assessments SET FinalIndex = '60.0' WHERE Id = {story.Sa.AssessmentA}");
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Publications SET Snapshot = {forged} WHERE Id = {published.PublicationId}");
            var previous = publication.PreviousSha256;
            foreach (var link in await db.Publications.AsNoTracking().Where(p => p.Sequence >= publication.Sequence).OrderBy(p => p.Sequence).ToListAsync())
            {
                var hash = Domain.Publications.Publication.HashOf(previous, link.Snapshot);
                await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE Publications SET PreviousSha256 = {previous}, Sha256 = {hash} WHERE Id = {link.Id}");
                previous = hash;
            }
        }

        var report = await app.Handler<VerifyPublicationsHandler>(Roles.AgencyStaff).HandleAsync(new VerifyPublications(published.PublicationId), Ct);

        Assert.False(report.Passed);
        Assert.DoesNotContain(report.Problems, p => p.Message.Contains("mã băm SHA-256", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.UnitCode is null && p.Message.Contains("Chữ ký số không khớp", StringComparison.Ordinal));
        var wrongClass = Assert.Single(report.Problems, p => p.UnitCode == code && p.Message.Contains("xếp loại", StringComparison.Ordinal));
        Assert.Contains("60.00", wrongClass.Message, StringComparison.Ordinal);
        Assert.Contains("Khá", wrongClass.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APublication_IsSignedWithTheKeyOutsideTheDatabase_AndChecksOfflineWithThePublicKey()
    {
        var story = await ApprovedAsync("Tỷ lệ thực tế 91%.");
        var published = await PublishAsync(story, reason: null);
        var signer = app.Services.GetRequiredService<IPublicationSigner>();

        var report = await app.Handler<VerifyPublicationsHandler>(Roles.AgencyStaff).HandleAsync(new VerifyPublications(published.PublicationId), Ct);

        var shown = Assert.Single(report.Publications);
        Assert.Equal(signer.Fingerprint, report.SigningKeyFingerprint);
        Assert.Equal(signer.Fingerprint, shown.SigningKeyFingerprint);
        // What a reader does offline: the public key (PEM) and the signed text, nothing from the portal's database.
        using var publicKey = System.Security.Cryptography.ECDsa.Create();
        publicKey.ImportFromPem(signer.PublicKeyPem);
        Assert.True(publicKey.VerifyData(System.Text.Encoding.UTF8.GetBytes(shown.SignedText!), Convert.FromBase64String(shown.Signature!),
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.DSASignatureFormat.Rfc3279DerSequence));
        Assert.Contains(published.Sha256, shown.SignedText, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(app.KeysPath, "publication-signing.pfx")));
    }

    [Fact]
    public async Task WithoutASigningKey_PublishingIsRefused_WithAClearMessage_AndNothingChanges()
    {
        var story = await ApprovedAsync("Tỷ lệ thực tế 91%.");
        var stamp = await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId);
        await using var scope = app.Services.CreateAsyncScope();
        var user = new FakeCurrentUser { IsAuthenticated = true, UserId = TestApp.AdministratorId, UserName = "admin", Roles = [Roles.Administrator] };
        var handler = new PublishResultsHandler(app.Services.GetRequiredService<IParIndexDbFactory>(), scope.ServiceProvider.GetRequiredService<IValidator<PublishResults>>(),
            user, app.Clock, new NoKey(), app.Services.GetRequiredService<ParIndex.Application.Notifications.Notifier>());

        var refused = await Assert.ThrowsAsync<WorkflowRefusedException>(() => handler.HandleAsync(new PublishResults(story.Sa.PeriodId, "30/QĐ-UBND",
            new DateOnly(2026, 11, 22), "Chủ tịch UBND tỉnh Nguyễn Văn A", null, stamp), Ct));

        Assert.Contains("khóa ký công bố", refused.Message, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.Equal(PeriodState.Approved, (await db.Periods.SingleAsync(p => p.Id == story.Sa.PeriodId)).State);
        Assert.False(await db.Publications.AnyAsync(p => p.PeriodId == story.Sa.PeriodId));
    }

    private sealed class NoKey : IPublicationSigner
    {
        public bool CanSign => false;

        public string? Fingerprint => null;

        public string? PublicKeyPem => null;

        public string Sign(string text) => throw new InvalidOperationException();

        public bool Verify(string text, string signature) => false;
    }

    private async Task<AppraisalStory> ApprovedAsync(string reason)
    {
        var story = await AppraisalStory.SeedAsync(app);
        await story.Inspector1<AppraiseCriterionHandler>(app).HandleAsync(new AppraiseCriterion(story.Sa.AssessmentA, story.Sa.Rate, AppraisalRound.First, 2m,
            reason, await AppraisalStory.ResponseStampAsync(app, story.Sa.AssessmentA, story.Sa.Rate)), Ct);
        await story.ResolveForCouncilAsync(app);
        await StepAsync(story, PeriodState.CouncilReview, null);
        await ApproveAsync(story);
        return story;
    }

    private async Task ApproveAsync(AppraisalStory story) =>
        await app.Handler<ApproveResultsHandler>(Roles.CouncilMember).HandleAsync(new ApproveResults(story.Sa.PeriodId, new DateOnly(2026, 11, 20), "15/QĐ-HĐTĐ",
            new DateOnly(2026, 11, 21), 9, 7, null, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);

    private async Task<PublishedVersion> PublishAsync(AppraisalStory story, string? reason) =>
        await app.Handler<PublishResultsHandler>(Roles.Administrator).HandleAsync(new PublishResults(story.Sa.PeriodId, "30/QĐ-UBND",
            new DateOnly(2026, 11, 22), "Chủ tịch UBND tỉnh Nguyễn Văn A", reason, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);

    private async Task StepAsync(AppraisalStory story, PeriodState target, string? reason) =>
        await app.Handler<ChangePeriodStateHandler>(Roles.Administrator).HandleAsync(
            new ChangePeriodState(story.Sa.PeriodId, target, reason, null, await AppraisalStory.PeriodStampAsync(app, story.Sa.PeriodId)), Ct);

    private async Task<int> YearAsync(AppraisalStory story)
    {
        await using var db = app.NewDbContext();
        return await db.Periods.Where(p => p.Id == story.Sa.PeriodId).Select(p => p.Year).SingleAsync();
    }
}
