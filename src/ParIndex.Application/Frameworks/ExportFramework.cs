using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

public sealed record ExportFramework(Guid Id);

public sealed record ExportedFile(string FileName, string ContentType, byte[] Content);

public sealed class ExportFrameworkHandler(IParIndexDbFactory dbFactory, IFrameworkWorkbook workbook, ICurrentUser user, TimeProvider clock)
{
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<ExportedFile> HandleAsync(ExportFramework request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "framework.exported", nameof(Framework), request.Id, ct, FrameworkAccess.Readers);

        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleOrDefaultAsync(f => f.Id == request.Id, ct)
            ?? throw new NotFoundException(nameof(Framework), request.Id);
        var content = workbook.Write(FrameworkDocument.From(framework));
        return new ExportedFile($"bo-chi-so-{framework.Code}-v{framework.Version}.xlsx", ExcelContentType, content);
    }
}
