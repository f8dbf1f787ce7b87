using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure.Identity;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// Grows the demo province to a provincial-sized one for the load scripts (load/README.md): extra communes in the
/// communes block, each assessed in the year open for self-assessment, and a focal officer and a leader for every
/// unit assessed that year (<c>tai.canbo.NNN</c>, <c>tai.lanhdao.NNN</c>, the demo password). Never in Production.
/// </summary>
public sealed class LoadProvinceSeeder(
    ParIndexDbContext db,
    UserManager<ApplicationUser> userManager,
    IPasswordHasher<ApplicationUser> hasher,
    TimeProvider clock,
    IHostEnvironment environment,
    ILogger<LoadProvinceSeeder> logger)
{
    public const string StaffPrefix = "tai.canbo.";
    public const string LeaderPrefix = "tai.lanhdao.";
    public const string UnitCodePrefix = "TAI";

    /// <summary>Adds units until the open year assesses <paramref name="units"/> of them; returns how many it assesses.</summary>
    public async Task<int> SeedAsync(int units, CancellationToken cancellationToken = default)
    {
        EnsureNotProduction();
        var period = await OpenPeriodAsync(cancellationToken);
        var assessed = await db.Assessments.Where(a => a.PeriodId == period.Id).Select(a => a.UnitId).ToListAsync(cancellationToken);
        var communes = await db.Blocks.Where(b => b.Kind == BlockKind.CommuneWard).OrderBy(b => b.SortOrder).FirstAsync(cancellationToken);
        var frameworkId = await db.Assessments.Where(a => a.PeriodId == period.Id)
            .Join(db.Units.Where(u => u.BlockId == communes.Id), a => a.UnitId, u => u.Id, (a, _) => a.FrameworkId)
            .FirstAsync(cancellationToken);
        for (var n = assessed.Count + 1; n <= units; n++)
        {
            var unit = new Unit($"{UnitCodePrefix}{n:0000}", $"Xã Thử Tải {n:0000}", communes.Id);
            db.Units.Add(unit);
            db.Assessments.Add(new Assessment(period.Id, unit.Id, unit.BlockId, frameworkId));
            assessed.Add(unit.Id);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        // One hash for every load account: hashing hundreds of passwords at the production cost would take minutes.
        var template = new ApplicationUser();
        var passwordHash = hasher.HashPassword(template, DemoAccounts.Password);
        var codes = await db.Units.Where(u => assessed.Contains(u.Id)).OrderBy(u => u.Code).Select(u => u.Id).ToListAsync(cancellationToken);
        var created = 0;
        for (var i = 0; i < codes.Count; i++)
        {
            foreach (var (prefix, role) in new[] { (StaffPrefix, Roles.AgencyStaff), (LeaderPrefix, Roles.AgencyLeader) })
            {
                var userName = $"{prefix}{i + 1:000}";
                if (await userManager.FindByNameAsync(userName) is not null)
                {
                    continue;
                }

                var user = new ApplicationUser
                {
                    UserName = userName,
                    Email = $"{userName}@parindex.example",
                    EmailConfirmed = true,
                    FullName = $"Tài khoản thử tải {i + 1:000}",
                    UnitId = codes[i],
                    CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                    PasswordHash = passwordHash,
                };
                Check(await userManager.CreateAsync(user), userName);
                Check(await userManager.AddToRoleAsync(user, role), userName);
                created++;
            }
        }

        logger.LogInformation("Load province: {Units} units assessed in {Year}, {Accounts} accounts created", assessed.Count, period.Year, created);
        return assessed.Count;
    }

    /// <summary>Moves the open year's deadline to <paramref name="after"/> from now, for the submit storm (H3).</summary>
    public async Task<DateTime> MoveDeadlineAsync(TimeSpan after, CancellationToken cancellationToken = default)
    {
        EnsureNotProduction();
        var period = await OpenPeriodAsync(cancellationToken);
        var deadline = clock.GetUtcNow().UtcDateTime + after;
        period.SetSelfAssessmentWindow(period.SelfAssessmentOpensAtUtc, deadline);
        await db.SaveChangesAsync(cancellationToken);
        return deadline;
    }

    private Task<EvaluationPeriod> OpenPeriodAsync(CancellationToken cancellationToken) =>
        db.Periods.Where(p => p.State == PeriodState.SelfAssessmentOpen).OrderByDescending(p => p.Year).FirstAsync(cancellationToken);

    private void EnsureNotProduction()
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Load data and load accounts are never created in Production.");
        }
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Load account {userName} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
