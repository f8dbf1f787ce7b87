using System.Globalization;
using System.Net.Http.Json;
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
/// </summary>
public sealed class CrossViewConsistencyTests(DemoPortal portal) : IClassFixture<DemoPortal>
{
    [Fact]
    public async Task EveryPublishedYear_EveryView_GivesTheSameFiguresForEveryUnit()
    {
        var anonymous = portal.CreateBrowser();
        var leader = portal.CreateBrowser();
        await LoginForm.SignInAsync(leader, "lanhdao", DemoPortal.Password);
        var periods = (await leader.GetFromJsonAsync<List<PeriodSettings>>("/api/periods"))!;
        var blocks = (await leader.GetFromJsonAsync<List<BlockItem>>("/api/blocks"))!;
        var years = (await anonymous.GetFromJsonAsync<PublicResults>("/api/public/results"))!.Years;
        Assert.Equal(3, years.Count);

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
        Assert.True(compared > 150, $"Only {compared} unit-years compared.");

        // The case the issue found: the successor of Ban Dân tộc tỉnh carries its rank on the public API too.
        var latest = (await anonymous.GetFromJsonAsync<PublicResults>("/api/public/results"))!.Selected!;
        var ethnic = latest.Blocks.SelectMany(b => b.Rows).Single(r => r.Name == "Sở Dân tộc và Tôn giáo");
        Assert.Equal(20, ethnic.PreviousRank);
        Assert.Equal(["Ban Dân tộc tỉnh"], ethnic.MergedFrom);
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
