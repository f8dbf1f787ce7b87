using ParIndex.Application.Common;

namespace ParIndex.Application.Results;

internal static class ResultAccess
{
    /// <summary>Before the province publishes, results are working figures for Home Affairs, the council and leaders.</summary>
    public static readonly string[] BeforePublication = [Roles.Administrator, Roles.Inspector, Roles.CouncilMember, Roles.Leader];
}
