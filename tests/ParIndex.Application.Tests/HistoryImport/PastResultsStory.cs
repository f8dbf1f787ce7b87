using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.HistoryImport;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.HistoryImport;

/// <summary>Four departments (ranked), one vertical agency (not ranked) and a framework; files of past results for them.</summary>
internal sealed record PastProvince(Block Departments, Block Vertical, Unit A, Unit B, Unit C, Unit D, Unit Tax, Guid FrameworkId);

internal static class PastResultsStory
{
    public const string Header = "Năm,Mã đơn vị,Tên đơn vị,Chỉ số,Xếp loại,Hạng,Số quyết định,Ngày quyết định,Người ký";
    public const string Signer = "Chủ tịch UBND tỉnh Nguyễn Văn A";

    private static readonly CancellationToken Ct = CancellationToken.None;

    public static async Task<PastProvince> ProvinceAsync(TestApp app)
    {
        var departments = new Block(TestApp.UniqueCode("SO"), "Sở, ban, ngành", "Departments", BlockKind.Department, isRanked: true, sortOrder: 1);
        var vertical = new Block(TestApp.UniqueCode("DOC"), "Cơ quan ngành dọc", null, BlockKind.VerticalAgency, isRanked: false, sortOrder: 2);
        var framework = new Framework(TestApp.UniqueCode("F"), "Bộ chỉ số sở", BlockKind.Department, 1, "Minh họa", isIllustrative: true);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var units = new[]
        {
            new Unit(TestApp.UniqueCode("A"), $"Sở Nội vụ {suffix}", departments.Id), new Unit(TestApp.UniqueCode("B"), $"Sở Tài chính {suffix}", departments.Id),
            new Unit(TestApp.UniqueCode("C"), $"Sở Tư pháp {suffix}", departments.Id), new Unit(TestApp.UniqueCode("D"), $"Sở Y tế {suffix}", departments.Id),
            new Unit(TestApp.UniqueCode("T"), $"Thuế tỉnh {suffix}", vertical.Id),
        };
        await using var db = app.NewDbContext();
        db.AddRange(departments, vertical, framework);
        db.AddRange(units);
        await db.SaveChangesAsync();
        return new PastProvince(departments, vertical, units[0], units[1], units[2], units[3], units[4], framework.Id);
    }

    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join('\n', [Header, .. lines]));

    public static Task<PastResultsPreview> PreviewAsync(TestApp app, byte[] csv) =>
        app.Handler<PreviewPastResultsHandler>(Roles.Administrator).HandleAsync(new PreviewPastResults("ket-qua.csv", csv), Ct);

    /// <summary>Previews then saves, as the page does; the preview must be clean.</summary>
    public static async Task<PastResultsImported> ImportAsync(TestApp app, byte[] csv, IReadOnlyList<PastYearDecision>? decisions = null, string? reason = null)
    {
        var preview = await PreviewAsync(app, csv);
        Assert.True(preview.CanImport, string.Join("; ", preview.FileProblems.Concat(preview.Rows.SelectMany(r => r.Problems))));
        return await app.Handler<ImportPastResultsHandler>(Roles.Administrator)
            .HandleAsync(new ImportPastResults("ket-qua.csv", csv, preview.Sha256, decisions, reason), Ct);
    }

    /// <summary>A year the portal decided itself (no criteria needed here), approved or taken on to published.</summary>
    public static async Task<EvaluationPeriod> ComputedYearAsync(TestApp app, int year, PastProvince p, PeriodState state,
        params (Unit Unit, decimal Index, int? Rank)[] results)
    {
        var period = new EvaluationPeriod(year, $"Năm {year}", new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(year, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        period.Through(state, new DateTime(year + 1, 3, 1, 0, 0, 0, DateTimeKind.Utc));

        await using var db = app.NewDbContext();
        db.Periods.Add(period);
        foreach (var (unit, index, rank) in results)
        {
            var assessment = new Assessment(period.Id, unit.Id, unit.BlockId, p.FrameworkId);
            assessment.RecordResult(index, Classification.Good, rank, ResultSource.Computed);
            db.Assessments.Add(assessment);
        }

        await db.SaveChangesAsync();
        return period;
    }

    public static async Task<Domain.Publications.Publication> CurrentPublicationAsync(TestApp app, int year)
    {
        await using var db = app.NewDbContext();
        var period = await db.Periods.SingleAsync(x => x.Year == year);
        return await db.Publications.SingleAsync(x => x.PeriodId == period.Id && x.SupersededById == null);
    }
}
