using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

/// <summary>
/// Imports a framework workbook as a new draft; nothing is saved unless the whole file is valid. With
/// <paramref name="PreviewedSha256"/> (the fingerprint <see cref="PreviewFrameworkImportHandler"/> showed), only that very file.
/// </summary>
public sealed record ImportFramework(Stream Workbook, string? PreviewedSha256 = null);

/// <summary>The new draft's id, or every problem found (by sheet, row and column) and nothing saved.</summary>
public sealed record FrameworkImportResult(Guid? FrameworkId, IReadOnlyList<WorkbookError> Errors);

public sealed class ImportFrameworkHandler(IParIndexDbFactory dbFactory, IFrameworkWorkbook workbook, ICurrentUser user, TimeProvider clock)
{
    public const long MaxFileBytes = 10L * 1024 * 1024;

    public async Task<FrameworkImportResult> HandleAsync(ImportFramework request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "framework.imported", nameof(Framework), null, ct, FrameworkAccess.Editors);

        // Copied whole (a framework is small): its fingerprint goes into the audit and must be the previewed file's.
        using var content = new MemoryStream();
        await request.Workbook.CopyToAsync(content, ct);
        var sha = FileFingerprint.Sha256Of(content.ToArray());
        if (request.PreviewedSha256 is { } previewed && !string.Equals(sha, previewed.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return Refused(string.Empty, FrameworkMessages.NotThePreviewedFile);
        }

        content.Position = 0;
        var (draft, errors) = await FrameworkWorkbookCheck.CheckAsync(db, workbook, content, ct);
        if (draft is not { } framework)
        {
            return new FrameworkImportResult(null, errors);
        }

        db.Frameworks.Add(framework);
        db.Audit(user, clock, "framework.imported", nameof(Framework), framework.Id,
            newValues: new { framework.Code, framework.Version, framework.Name, Nodes = framework.Nodes.Count, Sha256 = sha });
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
