using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Users;

namespace ParIndex.Application.SetupImport;

/// <summary>Reads an accounts file (CSV or XLSX) and shows what confirming it would do. Nothing is saved.</summary>
public sealed record PreviewAccountImport(string FileName, byte[] Content) : ISetupImportFile;

public sealed class PreviewAccountImportHandler(
    IParIndexDbFactory dbFactory, IUserAccounts accounts, IValidator<PreviewAccountImport> validator, ITableFileReader reader,
    ICurrentUser user, TimeProvider clock)
{
    public async Task<SetupImportPreview> HandleAsync(PreviewAccountImport request, CancellationToken ct)
    {
        await user.RequireAdministratorAsync(dbFactory, clock, "users.importPreviewed", null, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateAsync(ct);
        var sheet = await AccountImportSheet.ReadAsync(db, accounts, reader, request.FileName, request.Content, ct);
        return sheet.Preview;
    }
}
