using ParIndex.Application.Common;

namespace ParIndex.Application.SetupImport;

/// <summary>
/// What the units and accounts files say about their rows, in the reader's language (SetupImportMessages(.en).resx).
/// The file keeps its Vietnamese headers and role names (<see cref="AccountRoles"/>); only the messages change language.
/// </summary>
internal static class SetupImportMessages
{
    private static readonly MessageText Text = new(typeof(SetupImportMessages));

    /// <summary>A column as the reader calls it, by its <see cref="SetupColumn.Key"/>.</summary>
    public static string Column(string key) => Text.Get($"Column.{key}");

    /// <summary>A role as the reader calls it, by its code (<see cref="Roles"/>).</summary>
    public static string Role(string role) => Text.Get($"Role.{role}");

    public static string BlockUnknown(string text) => Text.Format(nameof(BlockUnknown), text);

    public static string UnitCodeTwice(string code, int row) => Text.Format(nameof(UnitCodeTwice), code, row);

    public static string UnitInactive(string code) => Text.Format(nameof(UnitInactive), code);

    public static string UnitInOtherBlock(string code, string block) => Text.Format(nameof(UnitInOtherBlock), code, block);

    public static string Renamed(string from, string to) => Text.Format(nameof(Renamed), from, to);

    public static string RenamedWithShortName(string from, string to, string? shortFrom, string? shortTo) =>
        Text.Format(nameof(RenamedWithShortName), from, to, shortFrom, shortTo);

    public static string EmailInvalid(string email) => Text.Format(nameof(EmailInvalid), email);

    public static string RoleUnknown(string text) => Text.Format(nameof(RoleUnknown), text);

    public static string UnitUnknown(string code) => Text.Format(nameof(UnitUnknown), code);

    public static string UnitClosed(string code) => Text.Format(nameof(UnitClosed), code);

    public static string RoleWithoutUnit(string role) => Text.Format(nameof(RoleWithoutUnit), Role(role));

    public static string UserNameTwice(string userName, int row) => Text.Format(nameof(UserNameTwice), userName, row);

    public static string UserNameProblem(string userName, string problem) => Text.Format(nameof(UserNameProblem), userName, problem);
}
