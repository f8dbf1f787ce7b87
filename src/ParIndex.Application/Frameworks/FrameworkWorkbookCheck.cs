using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

/// <summary>
/// What the framework import's preview and its confirmation both check, so the preview shows exactly what confirming
/// would refuse: the workbook read (every problem by sheet, row and column), no framework of the same code and version
/// already (importing the same file twice changes nothing), and the domain's own guards on building the draft.
/// </summary>
internal static class FrameworkWorkbookCheck
{
    /// <returns>The draft to add, or the problems and no draft.</returns>
    public static async Task<(Framework? Draft, IReadOnlyList<WorkbookError> Errors)> CheckAsync(IParIndexDb db, IFrameworkWorkbook workbook, Stream content,
        CancellationToken ct)
    {
        var read = workbook.Read(content);
        if (read.Framework is not { } document)
        {
            return (null, read.Errors);
        }

        if (await db.Frameworks.AnyAsync(f => f.Code == document.Code && f.Version == document.Version, ct))
        {
            return Refused(FrameworkSheetNames.Header, FrameworkMessages.VersionAlreadyImported(document.Code, document.Version));
        }

        try
        {
            return (document.ToFramework(), []);
        }
        catch (DomainException ex)
        {
            return Refused(FrameworkSheetNames.Nodes, DomainMessages.For(ex));
        }
    }

    private static (Framework?, IReadOnlyList<WorkbookError>) Refused(string sheet, string message) => (null, [new WorkbookError(sheet, 0, string.Empty, message)]);
}
