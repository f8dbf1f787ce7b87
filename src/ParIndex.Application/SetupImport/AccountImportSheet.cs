using System.Net.Mail;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Application.Users;

namespace ParIndex.Application.SetupImport;

/// <summary>
/// An accounts file read against the units and existing accounts: each row's account, its unit and role, whether it is
/// new or already there as the file says, and every problem.
/// </summary>
internal sealed partial class AccountImportSheet
{
    public const string UserName = "userName";
    public const string FullName = "fullName";
    public const string Email = "email";
    public const string UnitCode = "unit";
    public const string Role = "role";
    public const int MaxEmailLength = 256;

    public static IReadOnlyList<SetupColumn> Columns { get; } =
    [
        new(UserName, true, "Tên đăng nhập", "user name", "username"),
        new(FullName, true, "Họ tên", "Họ và tên", "full name"),
        new(Email, false, "Email", "Thư điện tử", "e-mail"),
        new(UnitCode, false, "Mã đơn vị", "unit code"),
        new(Role, true, "Vai trò", "role"),
    ];

    public required SetupImportPreview Preview { get; init; }

    public required IReadOnlyList<ImportedUserAccount> ToCreate { get; init; }

    public static async Task<AccountImportSheet> ReadAsync(
        IParIndexDb db, IUserAccounts accounts, ITableFileReader reader, string fileName, byte[] content, CancellationToken ct)
    {
        var sha = FileFingerprint.Sha256Of(content);
        var table = SetupTable.Read(reader, fileName, content, Columns, out var error);
        if (table is null || table.Problems.Count > 0)
        {
            return new AccountImportSheet { Preview = new SetupImportPreview(fileName, sha, table?.Problems ?? [error!], []), ToCreate = [] };
        }

        var units = (await db.Units.AsNoTracking().Select(u => new { u.Id, u.Code, u.Name, u.IsActive }).ToListAsync(ct))
            .ToDictionary(u => u.Code.Trim(), StringComparer.OrdinalIgnoreCase);
        var existing = (await accounts.ListAsync(ct)).ToDictionary(a => a.UserName, StringComparer.OrdinalIgnoreCase);
        var firstRowOfName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<SetupImportRow>();
        var toCreate = new List<ImportedUserAccount>();
        foreach (var row in table.Rows)
        {
            var problems = new List<string>();
            var userName = table.Cell(row, UserName);
            var fullName = table.Cell(row, FullName);
            var email = table.Cell(row, Email);
            var unitCode = table.Cell(row, UnitCode);
            var roleText = table.Cell(row, Role);
            SetupCells.Check(problems, Label(UserName), userName, UserMessages.MaxUserNameLength);
            if (userName is not null && !UserNameFormat.IsMatch(userName))
            {
                problems.Add(ImportMessages.InColumn(Label(UserName), UserMessages.UserNameFormat));
            }

            SetupCells.Check(problems, Label(FullName), fullName, UserMessages.MaxFullNameLength);
            SetupCells.Check(problems, Label(Email), email, MaxEmailLength, required: false);
            if (email is not null && !IsEmail(email))
            {
                problems.Add(ImportMessages.InColumn(Label(Email), SetupImportMessages.EmailInvalid(email)));
            }

            SetupCells.Check(problems, Label(Role), roleText, 100);
            var role = roleText is null ? null : AccountRoles.Find(roleText);
            if (roleText is not null && role is null)
            {
                problems.Add(ImportMessages.InColumn(Label(Role), SetupImportMessages.RoleUnknown(roleText)));
            }

            var unit = unitCode is null ? null : units.GetValueOrDefault(unitCode);
            if (unitCode is not null && unit is null)
            {
                problems.Add(ImportMessages.InColumn(Label(UnitCode), SetupImportMessages.UnitUnknown(unitCode)));
            }
            else if (unit is { IsActive: false })
            {
                problems.Add(ImportMessages.InColumn(Label(UnitCode), SetupImportMessages.UnitClosed(unit.Code)));
            }

            if (role is not null && Roles.IsBoundToUnit(role) && unitCode is null)
            {
                problems.Add(ImportMessages.InColumn(Label(UnitCode), UserMessages.UnitRequired));
            }
            else if (role is not null && !Roles.IsBoundToUnit(role) && !Roles.MayHaveHomeUnit(role) && unitCode is not null)
            {
                problems.Add(ImportMessages.InColumn(Label(UnitCode), SetupImportMessages.RoleWithoutUnit(role)));
            }

            if (userName is not null && !firstRowOfName.TryAdd(userName, row.Number))
            {
                problems.Add(SetupImportMessages.UserNameTwice(userName, firstRowOfName[userName]));
            }

            var change = SetupRowChange.Create;
            var detail = role is null ? null : SetupImportMessages.Role(role) + (unit is null ? string.Empty : $" — {unit.Name}");
            if (userName is not null && existing.TryGetValue(userName, out var account))
            {
                // The same account imported again is no change; another account under that name is a conflict.
                if (account.FullName == fullName && account.UnitId == unit?.Id && role is not null && account.Roles.SequenceEqual([role]))
                {
                    change = SetupRowChange.Unchanged;
                    detail = ImportMessages.Unchanged;
                }
                else
                {
                    problems.Add(SetupImportMessages.UserNameProblem(userName, UserMessages.UserNameTaken));
                }
            }

            rows.Add(new SetupImportRow(row.Number, userName ?? string.Empty, fullName ?? string.Empty, change, detail, problems));
            if (problems.Count == 0 && change == SetupRowChange.Create)
            {
                toCreate.Add(new ImportedUserAccount(userName!, fullName!, email, role!, unit?.Id, OneTimePassword.Create()));
            }
        }

        return new AccountImportSheet { Preview = new SetupImportPreview(fileName, sha, [], rows), ToCreate = toCreate };
    }

    private static string Label(string key) => SetupImportMessages.Column(key);

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);

    [GeneratedRegex(UserMessages.UserNamePattern)]
    private static partial Regex UserNameFormat { get; }
}
