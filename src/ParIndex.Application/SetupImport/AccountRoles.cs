using ParIndex.Application.Common;

namespace ParIndex.Application.SetupImport;

/// <summary>The roles an accounts file may name: the role code or its Vietnamese name as the portal shows it.</summary>
public static class AccountRoles
{
    public static IReadOnlyDictionary<string, string> VietnameseNames { get; } = new Dictionary<string, string>
    {
        [Roles.Administrator] = "Quản trị hệ thống",
        [Roles.Inspector] = "Chuyên viên thẩm định (Sở Nội vụ)",
        [Roles.LeadAgencyInspector] = "Cán bộ thẩm định của cơ quan chủ trì lĩnh vực",
        [Roles.CouncilMember] = "Thành viên Hội đồng thẩm định",
        [Roles.AgencyStaff] = "Cán bộ đầu mối",
        [Roles.AgencyLeader] = "Lãnh đạo cơ quan",
        [Roles.Leader] = "Lãnh đạo tỉnh",
    };

    /// <summary>The names the accounts page (/admin/users) shows, accepted too.</summary>
    private static readonly Dictionary<string, string> PageNames = new()
    {
        ["Cán bộ đầu mối của đơn vị"] = Roles.AgencyStaff,
        ["Lãnh đạo đơn vị"] = Roles.AgencyLeader,
    };

    /// <summary>The role a cell names, or null; "chuyen vien tham dinh" finds the inspector as well as "Inspector".</summary>
    public static string? Find(string text)
    {
        var folded = SetupTable.Fold(text);
        return Roles.All.FirstOrDefault(r => SetupTable.Fold(r) == folded)
            ?? VietnameseNames.FirstOrDefault(p => SetupTable.Fold(p.Value) == folded
                || SetupTable.Fold(p.Value.Split(" (")[0]) == folded).Key
            ?? PageNames.FirstOrDefault(p => SetupTable.Fold(p.Key) == folded).Value;
    }
}
