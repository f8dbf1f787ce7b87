using System.Security.Cryptography;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.SelfAssessment;
using ParIndex.Domain.Common;
using ParIndex.Infrastructure.EvidenceFiles;

namespace ParIndex.Application.Tests.EvidenceFiles;

/// <summary>Evidence through the use cases, with the real store (a temp folder) and inspector.</summary>
public sealed class EvidenceUseCaseTests(TestApp app) : IClassFixture<TestApp>, IDisposable
{
    private const long Cap = 4096;
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"parindex-evidence-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task Upload_RealPdf_IsKeptUnderAGeneratedNameWithItsHashAndCountsAsEvidence()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var bytes = EvidenceSamples.Pdf();

        var item = await Upload(story, "<script>alert(1)</script>.PDF", bytes);

        await using var db = app.NewDbContext();
        var row = await db.Evidence.SingleAsync(e => e.Id == item.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), row.Sha256);
        Assert.Matches("^[0-9a-f]{32}$", row.StorageKey);
        Assert.Equal("application/pdf", row.ContentType);
        var stored = Assert.Single(Directory.GetFiles(Path.Combine(_root, "files"), "*", SearchOption.AllDirectories));
        Assert.Equal(row.StorageKey, Path.GetFileName(stored));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(stored));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "pending")));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "evidence.uploaded" && a.EntityId == item.Id.ToString()));
        var view = await app.Handler<GetSelfAssessmentHandler>(Roles.AgencyStaff, story.UnitA).HandleAsync(new GetSelfAssessment(story.PeriodId), Ct);
        var criterion = view.Criteria.Single(c => c.NodeId == story.YesNo);
        Assert.False(criterion.IsMissingEvidence);
        Assert.Equal(item.Id, Assert.Single(criterion.Evidence).Id);
        var saved = await app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, story.UnitA).HandleAsync(
            new SaveAnswer(story.AssessmentA, story.YesNo, new Dictionary<string, string?> { ["done"] = "true" }, null, criterion.ConcurrencyStamp), Ct);
        Assert.Equal(0, saved.Totals.MissingEvidence);
    }

    [Fact]
    public async Task Upload_ExactlyAtTheCapIsAccepted_AndOneByteMoreIsRefusedLeavingNoFile()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var atCap = EvidenceSamples.Pdf(Cap);

        await Upload(story, "dung-gioi-han.pdf", atCap);
        var ex = await Assert.ThrowsAsync<UploadTooLargeException>(() => Upload(story, "qua-gioi-han.pdf", [.. atCap, 0]));

        Assert.Contains("vượt quá dung lượng", ex.Message, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_root, "files"), "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "pending")));
    }

    [Fact]
    public async Task Upload_ExecutableNamedPdf_IsRefusedAuditedAndNothingIsKept()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));

        var ex = await Assert.ThrowsAsync<ValidationException>(() => Upload(story, "bao-cao.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]));

        Assert.Contains("không khớp", Assert.Single(ex.Errors).ErrorMessage, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.False(await db.Evidence.AnyAsync(e => e.UnitId == story.UnitA));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "evidence.refused" && !a.Succeeded && a.NewValues!.Contains("bao-cao.pdf")));
        Assert.False(Directory.Exists(Path.Combine(_root, "files")) && Directory.EnumerateFiles(Path.Combine(_root, "files"), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Upload_IntoAnotherUnitsAssessment_IsRefusedAndNothingIsStored()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));

        await Assert.ThrowsAsync<AccessDeniedException>(() => Handler(story.UnitA)
            .HandleAsync(new UploadEvidence(story.AssessmentB, [story.YesNo], "a.pdf", new MemoryStream(EvidenceSamples.Pdf())), Ct));

        await using var db = app.NewDbContext();
        Assert.False(await db.Evidence.AnyAsync(e => e.UnitId == story.UnitB));
        Assert.False(Directory.Exists(_root) && Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Upload_WhenTheDatabaseFailsAfterTheFileIsKept_RemovesTheFileSoNothingIsHalfWritten()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var failing = Handler(story.UnitA, new FailingSaveDbFactory(app.Services.GetRequiredService<IParIndexDbFactory>()));

        await Assert.ThrowsAsync<IOException>(() =>
            failing.HandleAsync(new UploadEvidence(story.AssessmentA, [story.YesNo], "a.pdf", new MemoryStream(EvidenceSamples.Pdf())), Ct));

        Assert.Empty(Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories));
        await using var db = app.NewDbContext();
        Assert.False(await db.Evidence.AnyAsync(e => e.UnitId == story.UnitA));
    }

    [Fact]
    public async Task Download_AfterTheStoredBytesWereAltered_IsRefusedAndAudited()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var item = await Upload(story, "ke-hoach.pdf", EvidenceSamples.Pdf());
        var download = new DownloadEvidenceHandler(app.Services.GetRequiredService<IParIndexDbFactory>(), Store,
            User(Roles.Inspector, null), app.Clock);
        Assert.Equal(EvidenceSamples.Pdf(), (await download.HandleAsync(new DownloadEvidence(item.Id), Ct)).Content);

        var stored = Directory.GetFiles(Path.Combine(_root, "files"), "*", SearchOption.AllDirectories).Single();
        await File.AppendAllTextAsync(stored, "tampered");
        var ex = await Assert.ThrowsAsync<DomainException>(() => download.HandleAsync(new DownloadEvidence(item.Id), Ct));

        Assert.Equal("evidence.integrity", ex.Code);
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "evidence.integrityFailed" && a.EntityId == item.Id.ToString()));
    }

    [Fact]
    public async Task Download_ByStaffOfAnotherUnit_IsRefusedAndAudited()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var item = await Upload(story, "ke-hoach.pdf", EvidenceSamples.Pdf());
        var download = new DownloadEvidenceHandler(app.Services.GetRequiredService<IParIndexDbFactory>(), Store,
            User(Roles.AgencyStaff, story.UnitB), app.Clock);

        await Assert.ThrowsAsync<AccessDeniedException>(() => download.HandleAsync(new DownloadEvidence(item.Id), Ct));

        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "evidence.downloaded" && !a.Succeeded && a.EntityId == item.Id.ToString()));
    }

    [Fact]
    public async Task Attach_OneFileToASecondCriterion_AndADocumentReference_BothCountAsEvidence()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var item = await Upload(story, "bao-cao.pdf", EvidenceSamples.Pdf());

        await app.Handler<AttachEvidenceHandler>(Roles.AgencyStaff, story.UnitA).HandleAsync(new AttachEvidence(story.AssessmentA, story.Rate, item.Id), Ct);
        await app.Handler<AddDocumentReferenceHandler>(Roles.AgencyStaff, story.UnitA).HandleAsync(new AddDocumentReference(
            story.AssessmentA, [story.Level], "Kế hoạch kiểm tra CCHC năm 2026", "12/KH-UBND", new DateOnly(2026, 2, 1), "UBND xã An Bình", null), Ct);
        var invalid = await Assert.ThrowsAsync<ValidationException>(() => app.Handler<AddDocumentReferenceHandler>(Roles.AgencyStaff, story.UnitA)
            .HandleAsync(new AddDocumentReference(story.AssessmentA, [story.Level], "X", "", null, "", "javascript:alert(1)"), Ct));

        Assert.Contains(invalid.Errors, e => e.ErrorMessage.Contains("http", StringComparison.Ordinal));
        var view = await app.Handler<GetSelfAssessmentHandler>(Roles.AgencyStaff, story.UnitA).HandleAsync(new GetSelfAssessment(story.PeriodId), Ct);
        Assert.Equal(item.Id, Assert.Single(view.Criteria.Single(c => c.NodeId == story.Rate).Evidence).Id);
        Assert.Equal(item.Id, Assert.Single(view.Criteria.Single(c => c.NodeId == story.YesNo).Evidence).Id);
        Assert.Equal("12/KH-UBND", Assert.Single(view.Criteria.Single(c => c.NodeId == story.Level).Evidence).DocumentNumber);
    }

    [Fact]
    public async Task Upload_BeyondTheUnitsQuotaForThePeriod_IsRefusedInVietnamese_KeepsNoFile_AndIsAudited()
    {
        var story = await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10));
        var handler = Handler(story.UnitA, quota: 2500);
        await handler.HandleAsync(new UploadEvidence(story.AssessmentA, [story.YesNo], "ke-hoach.pdf", new MemoryStream(EvidenceSamples.Pdf(1200))), Ct);
        await handler.HandleAsync(new UploadEvidence(story.AssessmentA, [story.YesNo], "bao-cao.pdf", new MemoryStream(EvidenceSamples.Pdf(1200))), Ct);

        var ex = await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            handler.HandleAsync(new UploadEvidence(story.AssessmentA, [story.YesNo], "them.pdf", new MemoryStream(EvidenceSamples.Pdf(1200))), Ct));

        var message = Assert.Single(ex.Errors).ErrorMessage;
        Assert.StartsWith("Đơn vị đã dùng 2,3 KB trong hạn mức 2,4 KB cho tệp kiểm chứng của kỳ đánh giá này; tệp 1,2 KB sẽ vượt hạn mức.", message, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_root, "files"), "*", SearchOption.AllDirectories).Length);
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "pending")));
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "evidence.quotaExceeded" && !a.Succeeded));

        // Another unit's room is its own.
        var other = await Handler(story.UnitB, quota: 2500).HandleAsync(
            new UploadEvidence(story.AssessmentB, [story.YesNo], "don-vi-khac.pdf", new MemoryStream(EvidenceSamples.Pdf(1200))), Ct);
        Assert.NotEqual(Guid.Empty, other.Id);
    }

    private FileSystemEvidenceStore Store => new(_root);

    private Task<EvidenceItem> Upload(SelfAssessmentStory story, string name, byte[] bytes) =>
        Handler(story.UnitA).HandleAsync(new UploadEvidence(story.AssessmentA, [story.YesNo], name, new MemoryStream(bytes)), Ct);

    private UploadEvidenceHandler Handler(Guid unitId, IParIndexDbFactory? dbFactory = null, long quota = 0) =>
        new(dbFactory ?? app.Services.GetRequiredService<IParIndexDbFactory>(), Store, new UploadInspector(),
            new EvidenceOptions { MaxFileBytes = Cap, MaxBytesPerUnitPerPeriod = quota }, User(Roles.AgencyStaff, unitId), app.Clock);

    private static FakeCurrentUser User(string role, Guid? unitId) => new()
    {
        IsAuthenticated = true,
        UserId = Guid.CreateVersion7(),
        UserName = role.ToLowerInvariant(),
        Roles = [role],
        UnitId = unitId,
    };
}
