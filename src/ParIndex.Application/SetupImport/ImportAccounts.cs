using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Users;

namespace ParIndex.Application.SetupImport;

/// <summary>
/// Saves a previewed accounts file: every new account at once (all or none), each with a one-time password it must change
/// at its first sign-in. <paramref name="PreviewedSha256"/> must be the previewed file's; a file with any problem saves nothing.
/// </summary>
public sealed record ImportAccounts(string FileName, byte[] Content, string PreviewedSha256) : ISetupImportFile;

/// <summary>
/// The accounts created and their one-time passwords, given back this once for Home Affairs to hand out: they are never
/// stored in clear nor logged, so the list cannot be downloaded again (a lost one is replaced by resetting the password).
/// </summary>
public sealed record AccountImportOutcome(int Created, int Unchanged, IReadOnlyList<IssuedPassword> Passwords)
{
    public bool ChangedNothing => Created == 0;

    /// <summary>The list as a CSV (UTF-8 with BOM, so Excel shows the Vietnamese names).</summary>
    public byte[] ToCsv() => CsvDocument.Write(
    [
        ["Tên đăng nhập", "Họ tên", "Mật khẩu dùng một lần"],
        .. Passwords.Select(issued => new string?[] { issued.UserName, issued.FullName, issued.Password }),
    ]);
}

public sealed record IssuedPassword(string UserName, string FullName, string Password);

public sealed class ImportAccountsHandler(
    IParIndexDbFactory dbFactory, IUserAccounts accounts, IValidator<ImportAccounts> validator, ITableFileReader reader,
    ICurrentUser user, TimeProvider clock)
{
    public async Task<AccountImportOutcome> HandleAsync(ImportAccounts request, CancellationToken ct)
    {
        await user.RequireAdministratorAsync(dbFactory, clock, "users.imported", null, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        SetupTable.EnsurePreviewed(request.Content, request.PreviewedSha256);
        AccountImportSheet sheet;
        await using (var db = await dbFactory.CreateAsync(ct))
        {
            sheet = await AccountImportSheet.ReadAsync(db, accounts, reader, request.FileName, request.Content, ct);
        }

        if (!sheet.Preview.CanImport)
        {
            throw SetupTable.Refusal(sheet.Preview);
        }

        var outcome = new AccountImportOutcome(sheet.ToCreate.Count, sheet.Preview.Unchanged,
            [.. sheet.ToCreate.Select(a => new IssuedPassword(a.UserName, a.FullName, a.OneTimePassword))]);
        if (sheet.ToCreate.Count > 0)
        {
            // The summary names the file and the accounts, never a password.
            await accounts.CreateImportedAsync(sheet.ToCreate, new
            {
                FileName = Path.GetFileName(request.FileName),
                sheet.Preview.Sha256,
                outcome.Created,
                outcome.Unchanged,
                UserNames = sheet.ToCreate.Select(a => a.UserName).ToArray(),
            }, ct);
        }

        return outcome;
    }
}
