using ParIndex.Application.Common;

namespace ParIndex.Application.Workflow;

internal static class WorkflowAccess
{
    /// <summary>Home Affairs' administrator runs the calendar; the council's approval is the council's own use case.</summary>
    public static readonly string[] Stewards = [Roles.Administrator];

    public static readonly string[] Approvers = [Roles.CouncilMember];

    public static readonly string[] Readers = [Roles.Administrator, Roles.Inspector, Roles.CouncilMember, Roles.Leader];
}
