using ParIndex.Application.Common;

namespace ParIndex.Application.Periods;

internal static class PeriodAccess
{
    public static readonly string[] Editors = [Roles.Administrator];

    public static readonly string[] Readers = [Roles.Administrator, Roles.Inspector, Roles.CouncilMember, Roles.Leader];
}
