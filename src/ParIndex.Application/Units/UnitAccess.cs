using ParIndex.Application.Common;

namespace ParIndex.Application.Units;

/// <summary>Who may see and who may change the list of units and blocks.</summary>
internal static class UnitAccess
{
    /// <summary>Province-wide roles read the organisation; agency users see their own unit elsewhere.</summary>
    public static readonly string[] Readers = [Roles.Administrator, Roles.Inspector, Roles.CouncilMember, Roles.Leader];

    public static readonly string[] Editors = [Roles.Administrator];
}
