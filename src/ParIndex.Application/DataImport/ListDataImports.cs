using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Appraisal;
using ParIndex.Application.Common;
using ParIndex.Application.Users;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.DataImport;

/// <summary>A period's imported files of figures, newest first, with which one counts now.</summary>
public sealed record ListDataImports(Guid PeriodId);

public sealed record DataImportHistory(Guid PeriodId, int Year, string PeriodName, PeriodState PeriodState, bool AcceptsData,
    IReadOnlyList<PastDataImport> Imports);

/// <summary>One imported file; <see cref="IsCurrent"/> while no later import replaced it.</summary>
public sealed record PastDataImport(Guid Id, string FileName, string Sha256, int Rows, DateTime ImportedAtUtc, string? ImportedBy, bool IsCurrent)
{
    /// <summary>What a response's data source holds for results from this import.</summary>
    public string SourceTag => $"survey:{Id}";

    internal static PastDataImport From(SurveyImport import, string? importedBy) =>
        new(import.Id, import.FileName, import.Sha256, import.Rows, import.ImportedAtUtc, importedBy, import.ReplacedByImportId is null);
}

public sealed class ListDataImportsHandler(IParIndexDbFactory dbFactory, ICurrentUser user, IUserAccounts accounts, TimeProvider clock)
{
    public async Task<DataImportHistory> HandleAsync(ListDataImports request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "data.imports.listed", nameof(EvaluationPeriod), request.PeriodId, ct, DataImportAccess.Readers);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        var imports = await db.SurveyImports.AsNoTracking().Where(i => i.PeriodId == period.Id).ToListAsync(ct);
        var names = new Dictionary<Guid, string?>();
        foreach (var userId in imports.Select(i => i.ImportedByUserId).Distinct())
        {
            names[userId] = (await accounts.FindAsync(userId, ct))?.FullName;
        }

        return new DataImportHistory(period.Id, period.Year, period.Name, period.State, AppraisalRules.RefusalForData(period) is null,
            [.. imports.OrderBy(i => i.ReplacedByImportId is null ? 0 : 1).ThenByDescending(i => i.ImportedAtUtc).Select(i => PastDataImport.From(i, names[i.ImportedByUserId]))]);
    }
}
