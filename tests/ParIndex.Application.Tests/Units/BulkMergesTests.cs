using System.Text;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Units;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Infrastructure.Persistence;

namespace ParIndex.Application.Tests.Units;

/// <summary>Issue 17: the reform's mergers uploaded from one file — previewed row by row, confirmed all at once, idempotent.</summary>
public sealed class BulkMergesTests
{
    private const string Header = "Mã đơn vị cũ,Mã đơn vị mới,Ngày hiệu lực,Số quyết định";
    private const string FileName = "sap-nhap.csv";
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task GoodFile_PreviewSavesNothing_ConfirmMergesEveryRowAndAuditsIt_SameFileAgainChangesNothing()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 5, verticalAgencies: 1);
        var csv = Csv("S02,S01,01/07/2025,1656/NQ-UBTVQH15", "s03,S01,01/07/2025,1656/NQ-UBTVQH15", "S05,S04,2025-07-01,1656/NQ-UBTVQH15");

        var preview = await PreviewAsync(province, csv);
        Assert.True(preview.CanApply, Problems(preview));
        Assert.False(preview.NeedsAcknowledgement);
        Assert.Equal((3, 0), (preview.ToMerge, preview.AlreadyMerged));
        Assert.Equal(("S03", "Sở thử nghiệm 03", "S01"), (preview.Rows[1].OldCode, preview.Rows[1].OldName, preview.Rows[1].NewCode));
        Assert.Equal(0, await CountAsync(province, db => db.UnitMerges));

        var applied = await ApplyAsync(province, csv, preview.Sha256);
        Assert.Equal((3, 0, 0, 0), Counts(applied));
        await using (var db = province.App.NewDbContext())
        {
            var s02 = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "S02");
            Assert.Equal((false, province.Units["S01"], new DateOnly(2025, 7, 1)), (s02.IsActive, s02.MergedIntoUnitId, s02.ClosedOn));
            var merges = await db.UnitMerges.AsNoTracking().ToListAsync();
            Assert.Equal(3, merges.Count);
            Assert.All(merges, m => Assert.Equal("1656/NQ-UBTVQH15", m.DecisionReference));
            Assert.Equal(3, await db.AuditEntries.CountAsync(e => e.Action == "unit.merged"));
            Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "unit.bulkMerged"));
        }

        // The same file again: every row is recognised as done, and confirming it saves nothing at all.
        var again = await PreviewAsync(province, csv);
        Assert.True(again.CanApply, Problems(again));
        Assert.All(again.Rows, r => Assert.Equal(BulkMergeRowStatus.AlreadyMerged, r.Status));
        var audits = await CountAsync(province, db => db.AuditEntries);
        Assert.Equal((0, 3, 0, 0), Counts(await ApplyAsync(province, csv, again.Sha256)));
        Assert.Equal(3, await CountAsync(province, db => db.UnitMerges));
        Assert.Equal(audits, await CountAsync(province, db => db.AuditEntries.Where(e => e.Action != "unit.bulkMergePreviewed")));

        // A later file that merges an already merged unit elsewhere is refused, naming where it went.
        var elsewhere = await PreviewAsync(province, Csv("S02,S04,01/01/2026,12/NQ-HĐND"));
        var problem = Assert.Single(Assert.Single(elsewhere.Rows).Problems);
        Assert.Equal("Mã đơn vị cũ", problem.Column);
        Assert.Contains("đã sáp nhập vào S01", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadRows_AreEachNamedByRowAndColumn_AndNothingIsSaved()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 12, verticalAgencies: 1);
        await GiveResultAsync(province, "S08", 2024);
        var csv = Csv(
            "XX9,S01,01/07/2025,1656/NQ",     // row 2: unknown code
            "S01,S01,01/07/2025,1656/NQ",     // row 3: into itself
            "S02,S03,01/07/2025,1656/NQ",     // row 4: merged twice (with row 5)
            "S02,S04,01/07/2025,1656/NQ",     // row 5
            "S05,S06,01/07/2025,1656/NQ",     // row 6: a chain, S06 is merged away in row 7
            "S06,S07,01/07/2025,1656/NQ",     // row 7: fine by itself
            "S10,S11,31/02/2025,1656/NQ",     // row 8: no such date
            "S08,S11,01/07/2024,1656/NQ",     // row 9: before the unit's 2024 result ends
            "S12,S11,01/07/2025,");           // row 10: no decision

        var preview = await PreviewAsync(province, csv);

        Assert.False(preview.CanApply);
        Assert.Equal(
            [
                (2, "Mã đơn vị cũ"), (3, "Mã đơn vị mới"), (4, "Mã đơn vị cũ"), (5, "Mã đơn vị cũ"), (6, "Mã đơn vị mới"), (8, "Ngày hiệu lực"),
                (9, "Ngày hiệu lực"), (10, "Số quyết định"),
            ],
            preview.Rows.SelectMany(r => r.Problems.Select(p => (r.RowNumber, p.Column))).ToList());
        string Message(int row) => preview.Rows.Single(r => r.RowNumber == row).Problems[0].Message;
        Assert.Contains("Không có đơn vị mã \"XX9\"", Message(2), StringComparison.Ordinal);
        Assert.Equal("Không thể sáp nhập một đơn vị vào chính nó.", Message(3));
        Assert.Contains("nhiều dòng (4, 5)", Message(4), StringComparison.Ordinal);
        Assert.Contains("nối tiếp", Message(6), StringComparison.Ordinal);
        Assert.Contains("31/02/2025", Message(8), StringComparison.Ordinal);
        Assert.Contains("năm 2024", Message(9), StringComparison.Ordinal);
        Assert.Equal(BulkMergeRowStatus.ToMerge, preview.Rows.Single(r => r.RowNumber == 7).Status);

        await Assert.ThrowsAsync<WorkflowRefusedException>(() => ApplyAsync(province, csv, preview.Sha256));
        Assert.Equal(0, await CountAsync(province, db => db.UnitMerges));
        Assert.Equal(0, await CountAsync(province, db => db.Units.Where(u => !u.IsActive)));
    }

    [Fact]
    public async Task BadHeaders_OrAChangedFile_AreRefused()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 2, verticalAgencies: 1);
        var headers = await province.Admin<PreviewBulkMergesHandler>().HandleAsync(
            new PreviewBulkMerges(FileName, Encoding.UTF8.GetBytes("Mã đơn vị cũ,Ngày hiệu lực\nS02,01/07/2025")), Ct);
        Assert.Equal(["Thiếu cột \"Mã đơn vị mới\".", "Thiếu cột \"Số quyết định\"."], headers.FileProblems);

        var csv = Csv("S02,S01,01/07/2025,1656/NQ");
        var preview = await PreviewAsync(province, csv);
        await Assert.ThrowsAsync<ValidationException>(() => ApplyAsync(province, Csv("S02,S01,01/08/2025,1656/NQ"), preview.Sha256));
        Assert.Equal(0, await CountAsync(province, db => db.UnitMerges));
    }

    [Fact]
    public async Task OpenPeriod_IsWarnedPerRow_AndConfirmNeedsTheAcknowledgement_ThenClosesTheAssessment()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 3, verticalAgencies: 1);
        await province.OpenSelfAssessmentAsync();
        var csv = Csv("S02,S01,01/03/2027,45/QĐ-UBND");

        var preview = await PreviewAsync(province, csv);
        Assert.True(preview.CanApply, Problems(preview));
        Assert.True(preview.NeedsAcknowledgement);
        Assert.Equal("Chỉ số CCHC năm 2027", Assert.Single(Assert.Single(preview.Rows).OpenPeriods)[..20]);

        var warned = await Assert.ThrowsAsync<ValidationException>(() => ApplyAsync(province, csv, preview.Sha256));
        Assert.Equal(nameof(ApplyBulkMerges.AcknowledgeOpenAssessments), warned.Errors.Single().PropertyName);
        Assert.Equal(0, await CountAsync(province, db => db.UnitMerges));

        Assert.Equal((1, 0, 1, 0), Counts(await ApplyAsync(province, csv, preview.Sha256, acknowledge: true)));
        await using var db = province.App.NewDbContext();
        var closed = await db.Assessments.IgnoreQueryFilters([QueryFilters.CountingAssessments]).SingleAsync(a => a.UnitId == province.Units["S02"]);
        Assert.Equal(AssessmentState.ClosedByMerge, closed.State);
        Assert.Contains("45/QĐ-UBND", closed.ClosedReason, StringComparison.Ordinal);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "assessment.closedByMerge" && e.EntityId == closed.Id.ToString()));
    }

    /// <summary>
    /// The resolution founds the receiving unit: the file names it with its name and block (by name here), the preview says
    /// it will be created, and confirming creates it (with its assessment in the open period, as CreateUnit does) and merges
    /// both units into it in one save. A new code without a name and block is still an unknown code.
    /// </summary>
    [Fact]
    public async Task NewReceivingUnit_IsPreviewedAsCreated_ConfirmCreatesItAndMergesIntoIt_SameFileAgainChangesNothing()
    {
        await using var province = await EmptyProvince.CreateAsync(departments: 4, verticalAgencies: 1);
        await province.OpenSelfAssessmentAsync();
        string blockName;
        await using (var db = province.App.NewDbContext())
        {
            blockName = (await db.Blocks.AsNoTracking().SingleAsync(b => b.Id == province.Departments)).Name;
        }

        const string NewHeader = Header + ",Tên đơn vị mới,Khối của đơn vị mới";
        string[] rows = [$"S02,SNNMT,01/03/2027,45/QĐ-UBND,Sở Nông nghiệp và Môi trường,\"{blockName.ToUpperInvariant()}\"", "S03,snnmt,01/03/2027,45/QĐ-UBND,,"];
        var unknown = await PreviewAsync(province, Encoding.UTF8.GetBytes(string.Join('\n', [NewHeader, .. rows, "S04,SMOI,01/03/2027,45/QĐ-UBND,,"])));
        Assert.False(unknown.CanApply);
        var problem = Assert.Single(unknown.Rows.SelectMany(r => r.Problems));
        Assert.Equal("Mã đơn vị mới", problem.Column);
        Assert.Contains("Tên đơn vị mới", problem.Message, StringComparison.Ordinal);

        var csv = Encoding.UTF8.GetBytes(string.Join('\n', [NewHeader, .. rows]));
        var preview = await PreviewAsync(province, csv);
        Assert.True(preview.CanApply, Problems(preview));
        Assert.Equal((2, 1), (preview.ToMerge, preview.ToCreate));
        Assert.All(preview.Rows, r => Assert.Equal((true, "SNNMT", "Sở Nông nghiệp và Môi trường", blockName), (r.CreatesNewUnit, r.NewCode, r.NewName, r.NewBlockName)));
        Assert.Equal(0, await CountAsync(province, db => db.Units.Where(u => u.Code == "SNNMT")));

        var applied = await ApplyAsync(province, csv, preview.Sha256, acknowledge: true);
        Assert.Equal((2, 0, 2, 1), Counts(applied));
        Assert.Empty(applied.Warnings);
        await using (var db = province.App.NewDbContext())
        {
            var created = await db.Units.AsNoTracking().SingleAsync(u => u.Code == "SNNMT");
            Assert.Equal(("Sở Nông nghiệp và Môi trường", province.Departments, true), (created.Name, created.BlockId, created.IsActive));
            Assert.Equal([created.Id, created.Id], await db.UnitMerges.AsNoTracking().Select(m => m.SuccessorUnitId).ToListAsync());
            Assert.True(await db.Assessments.AnyAsync(a => a.UnitId == created.Id && a.PeriodId == province.PeriodId));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "unit.created" && e.EntityId == created.Id.ToString()));
        }

        var again = await PreviewAsync(province, csv);
        Assert.Equal((0, 2, 0), (again.ToMerge, again.AlreadyMerged, again.ToCreate));
        Assert.Equal((0, 2, 0, 0), Counts(await ApplyAsync(province, csv, again.Sha256)));
        Assert.Equal(1, await CountAsync(province, db => db.Units.Where(u => u.Code == "SNNMT")));
    }

    [Fact]
    public void Template_HasTheHeadersAndOneExampleRow()
    {
        var lines = PreviewBulkMergesHandler.TemplateCsv.TrimEnd('\n').Split('\n');
        Assert.Equal([Header + ",Tên đơn vị mới,Khối của đơn vị mới", "XA-HUNGLOI,XA-HUNGNGUYEN,01/07/2025,1656/NQ-UBTVQH15,,"], lines);
    }

    private static (int Merged, int AlreadyMerged, int Closed, int Created) Counts(BulkMergesApplied applied) =>
        (applied.Merged, applied.AlreadyMerged, applied.ClosedAssessments, applied.Created);

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. lines]));

    private static string Problems(BulkMergePreview preview) =>
        string.Join("; ", preview.FileProblems.Concat(preview.Rows.SelectMany(r => r.Problems.Select(p => $"{r.RowNumber}/{p.Column}: {p.Message}"))));

    private static Task<BulkMergePreview> PreviewAsync(EmptyProvince province, byte[] csv) =>
        province.Admin<PreviewBulkMergesHandler>().HandleAsync(new PreviewBulkMerges(FileName, csv), Ct);

    private static Task<BulkMergesApplied> ApplyAsync(EmptyProvince province, byte[] csv, string sha, bool acknowledge = false) =>
        province.Admin<ApplyBulkMergesHandler>().HandleAsync(new ApplyBulkMerges(FileName, csv, sha, acknowledge), Ct);

    private static async Task<int> CountAsync<T>(EmptyProvince province, Func<ParIndexDbContext, IQueryable<T>> query)
    {
        await using var db = province.App.NewDbContext();
        return await query(db).CountAsync();
    }

    /// <summary>A published result of the unit for a year before the portal, as the past-results import records it.</summary>
    private static async Task GiveResultAsync(EmptyProvince province, string unitCode, int year)
    {
        await using var db = province.App.NewDbContext();
        var period = EvaluationPeriod.PublishedBeforePortal(year, $"Chỉ số CCHC năm {year} (kết quả đã công bố)", new DateOnly(year + 1, 3, 1));
        var assessment = new Assessment(period.Id, province.Units[unitCode], await db.Units.Where(u => u.Id == province.Units[unitCode]).Select(u => u.BlockId).SingleAsync(), province.FrameworkId);
        assessment.RecordResult(85m, Classification.Good, 3, ResultSource.Imported);
        db.Periods.Add(period);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync();
    }
}
