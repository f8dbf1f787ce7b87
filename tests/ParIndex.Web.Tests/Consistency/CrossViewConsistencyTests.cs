using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Application.Periods;
using ParIndex.Application.Publication;
using ParIndex.Application.Results;
using ParIndex.Application.Units;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests.Consistency;

/// <summary>
/// Issue 17: one fact, one answer. For every unit of every published year of the demo, the public API, the ranking API,
/// the dashboard (through its use case), the annex PDF and the results Excel give the same index, class, rank,
/// previous rank and rank change — across the 2025 merges (Sở Dân tộc và Tôn giáo carries Ban Dân tộc tỉnh's rank 20).
/// Then the same after importing a history from before the portal through the administrator's import: 2016 and 2017
/// (units the 2025 reform merged away among them) and the sample file's 2022, which becomes the demo's first year's
/// previous year.
/// </summary>
public sealed class CrossViewConsistencyTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    private const string Signer = "Chủ tịch UBND tỉnh (minh họa)";

    [Fact]
    public async Task EveryPublishedYear_EveryView_GivesTheSameFiguresForEveryUnit_AlsoAfterImportingAPre2025History()
    {
        var anonymous = portal.CreateBrowser();
        var leader = portal.CreateBrowser();
        await LoginForm.SignInAsync(leader, "lanhdao", DemoPortal.Password);
        var demoYears = (await anonymous.GetFromJsonAsync<PublicResults>("/api/public/results"))!.Years;
        Assert.Equal(3, demoYears.Count);
        await CompareEveryPublishedYearAsync(anonymous, leader, minimum: 150);

        // The case the issue found: the successor of Ban Dân tộc tỉnh carries its rank on the public API too.
        var latest = (await anonymous.GetFromJsonAsync<PublicResults>("/api/public/results"))!.Selected!;
        var ethnic = latest.Blocks.SelectMany(b => b.Rows).Single(r => r.Name == "Sở Dân tộc và Tôn giáo");
        Assert.Equal(20, ethnic.PreviousRank);
        Assert.Equal(["Ban Dân tộc tỉnh"], ethnic.MergedFrom);

        var admin = portal.CreateBrowser();
        await LoginForm.SignInAsync(admin, "admin", DemoPortal.Password);
        var sample = await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot(), "docs", "samples", "ket-qua-cchc-2022-minh-hoa.csv"));
        await ImportAsync(admin, PastYears(sample, 2016, 2017));
        await ImportAsync(admin, sample);
        var years = (await anonymous.GetFromJsonAsync<PublicResults>("/api/public/results"))!.Years;
        Assert.Equal(6, years.Count);
        await CompareEveryPublishedYearAsync(anonymous, leader, minimum: 150 + 2 * (32 + Communes.Length) + 32);

        // 2017 is 2017: compared with 2016, no 2025 merger in its results or documents.
        var y2017 = (await anonymous.GetFromJsonAsync<PublicResults>("/api/public/results?year=2017"))!.Selected!;
        Assert.All(y2017.Blocks.SelectMany(b => b.Rows), r => Assert.Empty(r.MergedFrom));
        Assert.NotNull(y2017.Blocks.SelectMany(b => b.Rows).Single(r => r.Code == "BDT").PreviousRank);
        var workbook = await anonymous.GetByteArrayAsync("/api/public/2017/results.xlsx");
        using (var sheet = SpreadsheetDocument.Open(new MemoryStream(workbook), false))
        {
            Assert.DoesNotContain("Tiếp nhận", string.Concat(sheet.WorkbookPart!.WorksheetParts.Select(w => w.Worksheet.InnerText)), StringComparison.Ordinal);
        }

        if (AnnexText.IsAvailable)
        {
            Assert.DoesNotContain("Tiếp nhận", AnnexText.Read(await anonymous.GetByteArrayAsync("/api/public/2017/annex.pdf")), StringComparison.Ordinal);
        }

        // The demo's first year now has a previous year: 2023's Ban Dân tộc tỉnh is compared with its 2022 rank.
        var first = (await anonymous.GetFromJsonAsync<PublicResults>($"/api/public/results?year={demoYears.Min()}"))!.Selected!;
        Assert.Equal(20, first.Blocks.SelectMany(b => b.Rows).Single(r => r.Code == "BDT").PreviousRank);
    }

    private async Task CompareEveryPublishedYearAsync(HttpClient anonymous, HttpClient leader, int minimum)
    {
        var periods = (await leader.GetFromJsonAsync<List<PeriodSettings>>("/api/periods"))!;
        var blocks = (await leader.GetFromJsonAsync<List<BlockItem>>("/api/blocks"))!;
        var years = (await anonymous.GetFromJsonAsync<PublicResults>("/api/public/results"))!.Years;
        var differences = new List<string>();
        var compared = 0;
        foreach (var year in years)
        {
            var period = periods.Single(p => p.Year == year);
            var published = (await anonymous.GetFromJsonAsync<PublicResults>($"/api/public/results?year={year}"))!.Selected!;
            var expected = published.Blocks.SelectMany(b => b.Rows.Select(r => (Block: b, Row: r))).ToDictionary(
                x => x.Row.Code,
                x => UnitFigures.Of(x.Row.Index, UnitFigures.ClassOf(x.Row.Classification), x.Row.Rank, x.Row.PreviousRank, x.Row.RankChange));
            compared += expected.Count;

            var codeOf = new Dictionary<Guid, string>();
            foreach (var block in blocks)
            {
                var ranking = (await leader.GetFromJsonAsync<BlockRanking>($"/api/periods/{period.Id}/blocks/{block.Id}/ranking"))!;
                foreach (var row in ranking.Rows)
                {
                    codeOf[row.UnitId] = row.Code;
                    Compare(differences, $"{year} ranking API", row.Code, expected,
                        UnitFigures.Of(row.Index, ExportClass(row.Classification), row.Rank, row.PreviousRank, row.RankChange));
                }

                await CompareDashboardAsync(differences, year, period.Id, block.Id, expected, codeOf);
            }

            CompareExcel(differences, year, await anonymous.GetByteArrayAsync($"/api/public/{year}/results.xlsx"), expected);
            if (AnnexText.IsAvailable)
            {
                CompareAnnex(differences, year, AnnexText.Read(await anonymous.GetByteArrayAsync($"/api/public/{year}/annex.pdf")), published);
            }
        }

        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n" + string.Join('\n', differences.Take(40)));
        Assert.True(compared > minimum, $"Only {compared} unit-years compared.");
    }

    /// <summary>Communes and wards of before the 2025 reform, most of them merged away since.</summary>
    private static readonly string[] Communes = ["PLAMSON", "PHUNGPHUC", "PHUNGBINH", "XHUNGLOI", "XHUNGTRUNG", "XTANHOP", "XLAPTHANH", "XNGHIAHUNG"];

    /// <summary>
    /// The sample's departments and vertical agencies, and eight communes, with made-up indexes for each year (the ranks and
    /// classes that go with them, under the default bands), as a province would type its old decisions.
    /// </summary>
    private static byte[] PastYears(byte[] sample, params int[] years)
    {
        var units = Encoding.UTF8.GetString(sample).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => (Code: line.Split(',')[1], Block: line.Contains("Cơ quan ngành dọc", StringComparison.Ordinal) ? "vertical" : "departments"))
            .Concat(Communes.Select(c => (Code: c, Block: "communes"))).ToList();
        var csv = new StringBuilder("Năm,Mã đơn vị,Chỉ số,Xếp loại,Hạng,Số quyết định,Ngày quyết định,Người ký\n");
        foreach (var year in years)
        {
            var decision = $"{year % 100 * 2}/QĐ-UBND,15/03/{year + 1},{Signer}";
            foreach (var block in units.GroupBy(u => u.Block))
            {
                // A whole number from the code and the year, plus the row's hundredths: every index of a block differs.
                var indexes = block.Select((u, i) => (u.Code, Index: 55m + (u.Code.Sum(c => c) * ((year % 97) + 3) % 40) + (i / 100m)))
                    .OrderByDescending(u => u.Index).ToList();
                for (var i = 0; i < indexes.Count; i++)
                {
                    var (code, index) = indexes[i];
                    var rank = block.Key == "vertical" ? string.Empty : (i + 1).ToString(CultureInfo.InvariantCulture);
                    csv.Append(CultureInfo.InvariantCulture, $"{year},{code},{index.ToString("0.00", CultureInfo.InvariantCulture)},{ClassOf(index)},{rank},{decision}\n");
                }
            }
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string ClassOf(decimal index) => index switch
    {
        >= 90 => "Xuất sắc",
        >= 80 => "Tốt",
        >= 70 => "Khá",
        >= 50 => "Trung bình",
        _ => "Yếu",
    };

    /// <summary>Previews then saves the file through the administrator's import, as the page does; the preview must be clean.</summary>
    private static async Task ImportAsync(HttpClient admin, byte[] csv)
    {
        var previewed = await admin.PostAsync("/api/past-results/preview", Form(csv));
        Assert.Equal(HttpStatusCode.OK, previewed.StatusCode);
        var preview = await previewed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(preview.GetProperty("canImport").GetBoolean(), preview.ToString());
        var saved = await admin.PostAsync("/api/past-results", Form(csv, ("previewedSha256", preview.GetProperty("sha256").GetString()!)));
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    private static MultipartFormDataContent Form(byte[] file, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", "ket-qua.csv" } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParIndex.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ParIndex.sln not found above the test binaries.");
    }

    private static string ExportClass(ParIndex.Domain.Scoring.Classification? classification) =>
        ParIndex.Application.Exports.ExportText.Of(classification);

    private static void Compare(List<string> differences, string view, string code, Dictionary<string, UnitFigures> expected, UnitFigures actual)
    {
        if (!expected.TryGetValue(code, out var published))
        {
            differences.Add($"{view}: {code} is not in the public results.");
        }
        else if (published != actual)
        {
            differences.Add($"{view}: {code} says {actual}, the public results {published}.");
        }
    }

    private async Task CompareDashboardAsync(List<string> differences, int year, Guid periodId, Guid blockId, Dictionary<string, UnitFigures> expected,
        Dictionary<Guid, string> codeOf)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var handler = ActivatorUtilities.CreateInstance<GetProvinceDashboardHandler>(scope.ServiceProvider, (ICurrentUser)new ProvinceLeader());
        var dashboard = await handler.HandleAsync(new GetProvinceDashboard(periodId, blockId), CancellationToken.None);
        foreach (var row in dashboard.Ranking)
        {
            var code = codeOf[row.UnitId];
            // The dashboard shows the change, not the previous rank: the public one stands in for it.
            var previous = expected.TryGetValue(code, out var published) ? published.PreviousRank : UnitFigures.None;
            var actual = UnitFigures.Of(row.Index, ExportClass(row.Classification), row.Rank, null, row.RankChange) with { PreviousRank = previous };
            Compare(differences, $"{year} dashboard", code, expected, actual);
        }
    }

    /// <summary>The block sheets: rank, code, name, index, class, rank change, index change, previous index.</summary>
    private static void CompareExcel(List<string> differences, int year, byte[] content, Dictionary<string, UnitFigures> expected)
    {
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var seen = 0;
        foreach (var part in workbook.WorkbookPart!.WorksheetParts)
        {
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var code = Text(row, "B");
                if (!expected.TryGetValue(code, out var published) || Number(row, "D") is not { } index)
                {
                    continue;
                }

                seen++;
                var rank = Number(row, "A") is { } r ? (int?)r : null;
                var change = Number(row, "F") is { } c ? (int?)c : null;
                var actual = UnitFigures.Of(index, Text(row, "E"), rank, rank + change, change);
                Compare(differences, $"{year} Excel", code, expected, actual);
            }
        }

        if (seen != expected.Count)
        {
            differences.Add($"{year} Excel: {seen} units, the public results {expected.Count}.");
        }
    }

    private static void CompareAnnex(List<string> differences, int year, string text, PublicYear published)
    {
        var rows = AnnexText.Rows(text);
        foreach (var unit in published.Blocks.SelectMany(b => b.Rows))
        {
            var figures = UnitFigures.Of(unit.Index, UnitFigures.ClassOf(unit.Classification), unit.Rank, unit.PreviousRank, unit.RankChange);
            var candidates = rows.Where(r => unit.Name.StartsWith(r.NameStart, StringComparison.Ordinal) && r.Figures.Index == figures.Index).ToList();
            if (candidates.Count != 1)
            {
                differences.Add($"{year} annex: {candidates.Count} rows for {unit.Name} ({figures.Index}).");
            }
            else if (candidates[0].Figures != figures)
            {
                differences.Add($"{year} annex: {unit.Code} says {candidates[0].Figures}, the public results {figures}.");
            }
        }
    }

    private static DocumentFormat.OpenXml.Spreadsheet.Cell? CellAt(Row row, string column) =>
        row.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().SingleOrDefault(c => c.CellReference!.Value!.TrimEnd("0123456789".ToCharArray()) == column);

    private static string Text(Row row, string column) => CellAt(row, column) is { } cell
        ? cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.InnerText
        : string.Empty;

    private static decimal? Number(Row row, string column) =>
        CellAt(row, column) is { CellValue: { } value } cell && (cell.DataType is null || cell.DataType.Value == CellValues.Number)
            ? decimal.Parse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    private sealed class ProvinceLeader : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? UserId { get; } = Guid.NewGuid();

        public string? UserName => "lanhdao";

        public Guid? UnitId => null;

        public IReadOnlyCollection<string> Roles => [ParIndex.Application.Common.Roles.Leader];

        public string? IpAddress => null;
    }
}
