using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Frameworks;
using ParIndex.Application.Periods;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Units;
using ParIndex.Application.Workflow;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Tests.Infrastructure;

/// <summary>
/// A province set up from an empty database, with no demo data, through the same use cases an administrator calls:
/// two blocks (departments, ranked; vertical agencies, not ranked), a handful of units, a small department framework
/// and a period in draft with the framework assigned to both blocks. Each instance has a database of its own.
/// Extend it (more rule types, appraisal, approval) for the end-to-end year; every step goes through a handler.
/// </summary>
public sealed class EmptyProvince : IAsyncDisposable
{
    public const int Year = 2027;

    /// <summary>The framework's leaves and their maxima: A1 4, A2.1 1,5, A2.2 1,5, A3 3 (domain A: 10); B1 5 (domain B: 5).</summary>
    public static readonly IReadOnlyDictionary<string, decimal> Leaves = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["A1"] = 4m,
        ["A2.1"] = 1.5m,
        ["A2.2"] = 1.5m,
        ["A3"] = 3m,
        ["B1"] = 5m,
    };

    public const decimal FrameworkMax = 15m;

    private static readonly CancellationToken Ct = CancellationToken.None;

    private EmptyProvince(TestApp app) => App = app;

    public TestApp App { get; }

    public Guid Departments { get; private set; }

    public Guid VerticalAgencies { get; private set; }

    /// <summary>Unit ids by code, in the order created: departments S01…, then vertical agencies N01….</summary>
    public Dictionary<string, Guid> Units { get; } = new(StringComparer.Ordinal);

    public Guid FrameworkId { get; private set; }

    public Guid PeriodId { get; private set; }

    /// <summary>Builds the province: <paramref name="departments"/> ranked units and <paramref name="verticalAgencies"/> unranked ones.</summary>
    /// <remarks>
    /// With <paramref name="framework"/> the framework is not built node by node but imported as the administrator
    /// would: written to an Excel workbook and read back by <see cref="ImportFrameworkHandler"/>.
    /// </remarks>
    public static async Task<EmptyProvince> CreateAsync(int departments = 7, int verticalAgencies = 3, bool assignFrameworks = true,
        FrameworkDocument? framework = null)
    {
        var app = new TestApp();
        await app.InitializeAsync();
        var province = new EmptyProvince(app);
        await province.SetUpAsync(departments, verticalAgencies, assignFrameworks, framework);
        return province;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    public T Admin<T>()
        where T : notnull => App.Handler<T>(Roles.Administrator);

    public async Task<EvaluationPeriod> PeriodAsync()
    {
        await using var db = App.NewDbContext();
        return await db.Periods.AsNoTracking().SingleAsync(p => p.Id == PeriodId);
    }

    public async Task AssignFrameworkAsync(Guid blockId)
    {
        var period = await PeriodAsync();
        await Admin<AssignFrameworkHandler>().HandleAsync(new AssignFramework(PeriodId, blockId, FrameworkId, period.ConcurrencyStamp), Ct);
    }

    public async Task OpenSelfAssessmentAsync()
    {
        var period = await PeriodAsync();
        await Admin<ChangePeriodStateHandler>().HandleAsync(new ChangePeriodState(PeriodId, PeriodState.SelfAssessmentOpen, null, null, period.ConcurrencyStamp), Ct);
    }

    public async Task<Guid> AddUnitAsync(string code, string name, Guid blockId)
    {
        var (id, _) = await Admin<CreateUnitHandler>().HandleAsync(new CreateUnit(code, name, null, blockId), Ct);
        Units[code] = id;
        return id;
    }

    /// <summary>The unit's self-assessment as its own staff read it.</summary>
    public Task<SelfAssessmentView> SelfAssessmentAsync(string unitCode) =>
        App.Handler<GetSelfAssessmentHandler>(Roles.AgencyStaff, Units[unitCode]).HandleAsync(new GetSelfAssessment(PeriodId, Units[unitCode]), Ct);

    /// <summary>The unit's staff answer every yes/no leaf "done" (full points), saving each like the page's autosave.</summary>
    public async Task<SavedAnswer?> AnswerAllAsync(string unitCode)
    {
        var view = await SelfAssessmentAsync(unitCode);
        SavedAnswer? last = null;
        foreach (var entry in view.Criteria.Where(c => c.IsUnitEntered && !c.IsNotApplicable))
        {
            last = await App.Handler<SaveAnswerHandler>(Roles.AgencyStaff, Units[unitCode])
                .HandleAsync(new SaveAnswer(view.AssessmentId, entry.NodeId, new Dictionary<string, string?> { ["done"] = "true" }, null, entry.ConcurrencyStamp), Ct);
        }

        return last;
    }

    /// <summary>The unit's staff save one criterion's figures (invariant text, as the page sends them).</summary>
    public async Task<SavedAnswer> AnswerAsync(string unitCode, string criterionCode, params (string Key, string Value)[] values)
    {
        var view = await SelfAssessmentAsync(unitCode);
        var entry = view.Criteria.Single(c => c.Code == criterionCode);
        return await App.Handler<SaveAnswerHandler>(Roles.AgencyStaff, Units[unitCode]).HandleAsync(
            new SaveAnswer(view.AssessmentId, entry.NodeId, values.ToDictionary(v => v.Key, v => (string?)v.Value), null, entry.ConcurrencyStamp), Ct);
    }

    public async Task SubmitAsync(string unitCode)
    {
        var view = await SelfAssessmentAsync(unitCode);
        await App.Handler<SubmitSelfAssessmentHandler>(Roles.AgencyLeader, Units[unitCode])
            .HandleAsync(new SubmitSelfAssessment(view.AssessmentId, view.ConcurrencyStamp), Ct);
    }

    private async Task SetUpAsync(int departments, int verticalAgencies, bool assignFrameworks, FrameworkDocument? framework)
    {
        Departments = await Admin<CreateBlockHandler>().HandleAsync(new CreateBlock("SBN", "Sở, ban, ngành", null, BlockKind.Department, true, 1), Ct);
        VerticalAgencies = await Admin<CreateBlockHandler>()
            .HandleAsync(new CreateBlock("NDOC", "Cơ quan ngành dọc", null, BlockKind.VerticalAgency, false, 2), Ct);
        for (var i = 1; i <= departments; i++)
        {
            await AddUnitAsync($"S{i:00}", $"Sở thử nghiệm {i:00}", Departments);
        }

        for (var i = 1; i <= verticalAgencies; i++)
        {
            await AddUnitAsync($"N{i:00}", $"Cơ quan ngành dọc {i:00}", VerticalAgencies);
        }

        if (framework is not null)
        {
            using var workbook = new MemoryStream(App.Services.GetRequiredService<IFrameworkWorkbook>().Write(framework));
            var imported = await Admin<ImportFrameworkHandler>().HandleAsync(new ImportFramework(workbook), Ct);
            Assert.Empty(imported.Errors);
            FrameworkId = imported.FrameworkId!.Value;
        }
        else
        {
            await BuildFrameworkAsync();
        }

        var now = App.Clock.Now.UtcDateTime;
        PeriodId = await Admin<CreatePeriodHandler>().HandleAsync(new CreatePeriod(Year, $"Chỉ số CCHC năm {Year}", now.AddDays(-1), now.AddDays(30), null), Ct);
        if (assignFrameworks)
        {
            await AssignFrameworkAsync(Departments);
            await AssignFrameworkAsync(VerticalAgencies);
        }
    }

    private async Task BuildFrameworkAsync()
    {
        FrameworkId = await Admin<CreateFrameworkHandler>()
            .HandleAsync(new CreateFramework("SBN-THU", "Bộ chỉ số thử nghiệm", BlockKind.Department, 1, "QĐ thử nghiệm", 1m, 1m), Ct);
        var add = Admin<AddFrameworkNodeHandler>();
        var a = await add.HandleAsync(new AddFrameworkNode(FrameworkId, null, "A", "Công tác chỉ đạo, điều hành", 10m), Ct);
        await add.HandleAsync(new AddFrameworkNode(FrameworkId, a, "A1", "Kế hoạch CCHC", 4m), Ct);
        var a2 = await add.HandleAsync(new AddFrameworkNode(FrameworkId, a, "A2", "Báo cáo CCHC", 3m), Ct);
        await add.HandleAsync(new AddFrameworkNode(FrameworkId, a2, "A2.1", "Báo cáo quý", 1.5m), Ct);
        await add.HandleAsync(new AddFrameworkNode(FrameworkId, a2, "A2.2", "Báo cáo năm", 1.5m), Ct);
        await add.HandleAsync(new AddFrameworkNode(FrameworkId, a, "A3", "Kiểm tra CCHC", 3m), Ct);
        var b = await add.HandleAsync(new AddFrameworkNode(FrameworkId, null, "B", "Cải cách thủ tục hành chính", 5m), Ct);
        await add.HandleAsync(new AddFrameworkNode(FrameworkId, b, "B1", "Công bố, công khai TTHC", 5m), Ct);
    }
}
