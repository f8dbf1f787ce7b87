using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Application.Frameworks;

/// <summary>Reads a framework workbook and shows what confirming would create, saving nothing.</summary>
public sealed record PreviewFrameworkImport(string FileName, byte[] Content);

/// <summary>
/// The workbook as confirming would import it. <see cref="FileProblems"/>: what concerns the whole file (not a workbook,
/// a missing sheet, a version already imported); <see cref="Errors"/>: each bad cell by sheet, row and column.
/// <see cref="Framework"/> is the draft confirming creates; <see cref="OtherVersions"/> the versions of its code already
/// in the portal, which the import leaves as they are.
/// </summary>
public sealed record FrameworkImportPreview(
    string FileName, string Sha256, IReadOnlyList<string> FileProblems, IReadOnlyList<WorkbookError> Errors, FrameworkImportDraft? Framework,
    IReadOnlyList<int> OtherVersions) : IImportPreview
{
    public bool CanImport => FileProblems.Count == 0 && Errors.Count == 0 && Framework is not null;
}

/// <summary>The new draft as the preview describes it.</summary>
public sealed record FrameworkImportDraft(string Code, int Version, string Name, BlockKind BlockKind, int Nodes, int LeafCount, decimal TotalMaxPoints);

public sealed class PreviewFrameworkImportHandler(IParIndexDbFactory dbFactory, IFrameworkWorkbook workbook, ICurrentUser user, TimeProvider clock)
{
    public async Task<FrameworkImportPreview> HandleAsync(PreviewFrameworkImport request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "framework.importPreviewed", nameof(Framework), null, ct, FrameworkAccess.Editors);

        var sha = FileFingerprint.Sha256Of(request.Content);
        using var content = new MemoryStream(request.Content, writable: false);
        var (draft, errors) = await FrameworkWorkbookCheck.CheckAsync(db, workbook, content, ct);
        var fileProblems = errors.Where(e => e.Row == 0).Select(e => e.Sheet.Length == 0 ? e.Message : $"{e.Sheet}: {e.Message}").ToList();
        var cellErrors = errors.Where(e => e.Row > 0).ToList();
        if (draft is null)
        {
            return new FrameworkImportPreview(request.FileName, sha, fileProblems, cellErrors, null, []);
        }

        var others = await db.Frameworks.Where(f => f.Code == draft.Code).Select(f => f.Version).OrderBy(v => v).ToListAsync(ct);
        var described = new FrameworkImportDraft(draft.Code, draft.Version, draft.Name, draft.BlockKind, draft.Nodes.Count, draft.Leaves().Count(),
            draft.Nodes.Where(n => n.ParentId is null && !FrameworkChecks.IsOutsideTheTree(n)).Sum(n => n.MaxPoints));
        return new FrameworkImportPreview(request.FileName, sha, [], [], described, others);
    }
}
