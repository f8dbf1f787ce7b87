namespace ParIndex.Application.Common;

/// <summary>The portal's roles. AgencyStaff and AgencyLeader are bound to one unit.</summary>
public static class Roles
{
    public const string Administrator = nameof(Administrator);

    /// <summary>Home Affairs inspector (chuyên viên thẩm định, Sở Nội vụ).</summary>
    public const string Inspector = nameof(Inspector);

    /// <summary>
    /// A lead agency's official (cơ quan chủ trì, e.g. the Justice department for legal documents) who appraises one or
    /// more domains of every unit. Reads and writes only the criteria of the domains assigned to them
    /// (<see cref="ParIndex.Application.Appraisal.AppraisalAccess"/>); no province-wide reads.
    /// </summary>
    public const string LeadAgencyInspector = nameof(LeadAgencyInspector);

    /// <summary>Member of the appraisal council (Hội đồng thẩm định).</summary>
    public const string CouncilMember = nameof(CouncilMember);

    /// <summary>Agency focal officer who fills in the self-assessment.</summary>
    public const string AgencyStaff = nameof(AgencyStaff);

    /// <summary>Agency head who reviews and submits the self-assessment.</summary>
    public const string AgencyLeader = nameof(AgencyLeader);

    /// <summary>Provincial leader: read-only, province-wide.</summary>
    public const string Leader = nameof(Leader);

    public static IReadOnlyList<string> All { get; } =
        [Administrator, Inspector, LeadAgencyInspector, CouncilMember, AgencyStaff, AgencyLeader, Leader];

    public static bool IsBoundToUnit(string role) => role is AgencyStaff or AgencyLeader;

    /// <summary>
    /// Appraising roles that may name the unit they work in (their home unit, e.g. Home Affairs or the Justice department),
    /// optional: it gives them no access to that unit's data, it only keeps them from appraising it (conflict of interest).
    /// </summary>
    public static bool MayHaveHomeUnit(string role) => role is Inspector or LeadAgencyInspector;
}
