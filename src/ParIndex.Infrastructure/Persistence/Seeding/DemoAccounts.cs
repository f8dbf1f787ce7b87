using ParIndex.Application.Common;
using ParIndex.Infrastructure.Identity;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// The demo sign-ins: one per province-wide role, and a focal officer and a leader for three units. Their ids are
/// fixed before the domain data is built, so the demo answers and submissions name who entered them.
/// </summary>
internal static class DemoAccounts
{
    /// <summary>12+ characters with every character class, so it passes any policy the host configures.</summary>
    public const string Password = "Demo@ParIndex2026";

    public static IReadOnlyList<(string UserName, string FullName, string Role, string? UnitCode)> Specs { get; } =
    [
        ("admin", "Nguyễn Văn An", Roles.Administrator, null),
        ("thamdinh", "Hồ Thị Thanh Tâm", Roles.Inspector, null),
        ("chutri.stp", "Đoàn Văn Phúc (Sở Tư pháp)", Roles.LeadAgencyInspector, null),
        ("hoidong", "Bùi Quang Vinh", Roles.CouncilMember, null),
        ("lanhdao", "Lê Hoàng Nam", Roles.Leader, null),
        ("canbo.vpubnd", "Nguyễn Thị Lan", Roles.AgencyStaff, "VPUBND"),
        ("lanhdao.vpubnd", "Trần Quốc Bảo", Roles.AgencyLeader, "VPUBND"),
        ("canbo.syt", "Lê Thị Hương", Roles.AgencyStaff, "SYT"),
        ("lanhdao.syt", "Phạm Minh Đức", Roles.AgencyLeader, "SYT"),
        ("canbo.plamson", "Võ Thị Mai", Roles.AgencyStaff, "PLAMSON"),
        ("lanhdao.plamson", "Đặng Văn Hải", Roles.AgencyLeader, "PLAMSON"),
    ];

    public static DemoAccountPlan Plan(DemoProvince province, DateTime nowUtc) => new(
    [
        .. Specs.Select(spec =>
        {
            var unit = spec.UnitCode is null ? null : province[spec.UnitCode];
            var user = new ApplicationUser
            {
                UserName = spec.UserName,
                Email = $"{spec.UserName}@parindex.example",
                EmailConfirmed = true,
                FullName = spec.FullName,
                UnitId = unit?.Unit.Id,
                CreatedAtUtc = nowUtc,
            };
            return (new DemoAccount(spec.UserName, spec.FullName, spec.Role, unit?.Code, unit?.Unit.Name, Password), user);
        }),
    ]);
}

/// <summary>The demo accounts about to be created, with the users who answer and submit for each unit.</summary>
internal sealed class DemoAccountPlan(IReadOnlyList<(DemoAccount Account, ApplicationUser User)> accounts)
{
    /// <summary>Stands for "entered by the demo seeder" where a unit has no demo account of its own.</summary>
    public static readonly Guid Seeder = Guid.Empty;

    public IReadOnlyList<(DemoAccount Account, ApplicationUser User)> Accounts => accounts;

    public Guid IdOf(string userName) => accounts.Single(a => a.Account.UserName == userName).User.Id;

    public Guid StaffOf(string unitCode) => UserOf(unitCode, Roles.AgencyStaff);

    public Guid LeaderOf(string unitCode) => UserOf(unitCode, Roles.AgencyLeader);

    /// <summary>The full name of a demo account; null for the seeder or an unknown id.</summary>
    public string? NameOf(Guid? userId) => accounts.FirstOrDefault(a => a.User.Id == userId).User?.FullName;

    private Guid UserOf(string unitCode, string role) =>
        accounts.FirstOrDefault(a => a.Account.UnitCode == unitCode && a.Account.Role == role).User?.Id ?? Seeder;
}
