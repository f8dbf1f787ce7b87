using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Units;
using ParIndex.Domain.Units;

namespace ParIndex.Application.SetupImport;

/// <summary>Reads a units file (CSV or XLSX) and shows what confirming it would do. Nothing is saved.</summary>
public sealed record PreviewUnitImport(string FileName, byte[] Content) : ISetupImportFile;

public sealed class PreviewUnitImportHandler(
    IParIndexDbFactory dbFactory, IValidator<PreviewUnitImport> validator, ITableFileReader reader, ICurrentUser user, TimeProvider clock)
{
    public async Task<SetupImportPreview> HandleAsync(PreviewUnitImport request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, "units.importPreviewed", nameof(Unit), null, ct, UnitAccess.Editors);
        await validator.ValidateAndThrowAsync(request, ct);
        var sheet = await UnitImportSheet.ReadAsync(db, reader, request.FileName, request.Content, tracked: false, ct);
        return sheet.Preview;
    }
}
