using ParIndex.Application.Common;

namespace ParIndex.Application.DataImport;

/// <summary>
/// Who brings in survey results and external figures: Home Affairs administrators for everything, inspectors for the
/// domains they appraise. The council and leaders read them.
/// </summary>
public static class DataImportAccess
{
    public static readonly string[] Writers = [Roles.Administrator, Roles.Inspector];

    public static readonly string[] Readers = [Roles.Administrator, Roles.Inspector, Roles.CouncilMember, Roles.Leader];

    /// <summary>Administrators are not limited to assignments; everyone else writes only what they appraise.</summary>
    internal static bool WritesEverything(ICurrentUser user) => user.IsInRole(Roles.Administrator);
}
