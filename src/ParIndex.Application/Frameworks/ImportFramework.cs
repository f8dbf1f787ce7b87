using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

/// <summary>Imports a framework workbook as a new draft; nothing is saved unless the whole file is valid.</summary>
public sealed record ImportFramework(Stream Workbook);

/// <summary>The new draft's id, or every problem found (by sheet, row and column) and nothing saved.</summary>
public sealed record FrameworkImportResult(Guid? FrameworkId, IReadOnlyList<WorkbookError> Errors);

public sealed class ImportFrameworkHandler(IParIndexDbFactory dbFactory, IFrameworkWorkbook workbook, ICurrentUser user, TimeProvider clock)
{
    public const long MaxFileBytes = 10L * 1024 * 1024;

    public async Task<FrameworkImportResult> HandleAsync(ImportFramework request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "framework.imported", nameof(Framework), null, ct, FrameworkAccess.Editors);

        var read = workbook.Read(request.Workbook);
        if (read.Framework is not { } document)
        {
            return new FrameworkImportResult(null, read.Errors);
        }

        if (await db.Frameworks.AnyAsync(f => f.Code == document.Code && f.Version == document.Version, ct))
        {
            return Refused(FrameworkSheetNames.Header, FrameworkMessages.FrameworkVersionExists(document.Code, document.Version));
        }

        Framework framework;
        try
        {
            framework = document.ToFramework();
        }
        catch (DomainException ex)
        {
            return Refused(FrameworkSheetNames.Nodes, DomainMessages.For(ex));
        }

        db.Frameworks.Add(framework);
        db.Audit(user, clock, "framework.imported", nameof(Framework), framework.Id,
            newValues: new { framework.Code, framework.Version, framework.Name, Nodes = framework.Nodes.Count });
        await db.SaveChangesAsync(ct);
        return new FrameworkImportResult(framework.Id, []);
    }

    private static FrameworkImportResult Refused(string sheet, string message) => new(null, [new WorkbookError(sheet, 0, string.Empty, message)]);
}

/// <summary>The sheet names people see in error messages.</summary>
public static class FrameworkSheetNames
{
    public const string Header = "Khung";
    public const string Nodes = "Tiêu chí";
}
