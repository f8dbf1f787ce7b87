using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Application.HistoryImport;

/// <summary>
/// The file of past results to fill in: its columns, then one row per active unit of the province with its code, name
/// and block already written, for Home Affairs to add the year, index, class and decision of each published year.
/// </summary>
public sealed record GetPastResultsTemplate;

public sealed class GetPastResultsTemplateHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<ImportTemplate> HandleAsync(GetPastResultsTemplate request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "history.templateRead", "PastResults", null, ct, PastResultsAccess.Importers);
        var units = await (from unit in db.Units.AsNoTracking()
                           join block in db.Blocks.AsNoTracking() on unit.BlockId equals block.Id
                           where unit.IsActive
                           orderby block.SortOrder, unit.Code
                           select new { unit.Code, unit.Name, Block = block.Name }).ToListAsync(ct);
        var headers = PastResultColumns.TemplateHeaders;
        List<string?[]> csv =
        [
            [.. headers],
            .. units.Select(u =>
            {
                var row = new string?[headers.Count];
                row[1] = u.Code;
                row[2] = u.Name;
                row[3] = u.Block;
                return row;
            }),
        ];
        return new ImportTemplate("mau-ket-qua-cac-nam-truoc.csv", CsvDocument.Write(csv));
    }
}
