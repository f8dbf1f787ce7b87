using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Identity;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// Fills an empty database with the demo province (Development only): its units and the 2025 merges, the two
/// sample frameworks, three published years with scores, ranks and appraisers' comments, the current year open for
/// self-assessment (or, with <c>Demo:Stage=Appraisal</c>, in round 1 of appraisal), and one account per role. Does nothing once any unit exists; refuses to run in Production,
/// where no demo account may ever exist (security test B3).
/// The current year open for self-assessment is made through the use cases a province's people call
/// (<see cref="DemoOpenYear"/>), after the rest is committed; the published years, and the current year at the
/// appraisal stage, are still built as entities (a few thousand answers through the use cases would take minutes).
/// </summary>
public sealed class DemoDataSeeder(
    ParIndexDbContext db,
    UserManager<ApplicationUser> userManager,
    RoleManager<ApplicationRole> roleManager,
    TimeProvider clock,
    IConfiguration configuration,
    IHostEnvironment environment,
    ILogger<DemoDataSeeder> logger,
    Application.Publication.IPublicationSigner signer,
    IServiceProvider services,
    IDbContextFactory<ParIndexDbContext> contexts)
{
    /// <summary>Fixed, so every run writes the same story.</summary>
    private const int RandomSeed = 20250701;

    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken = default)
    {
        if (environment.IsProduction())
        {
            throw new InvalidOperationException("Demo data and demo accounts are never seeded in Production.");
        }

        if (await db.Units.AnyAsync(cancellationToken))
        {
            return new DemoSeedResult(false, await ExistingAccountsAsync(cancellationToken));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var year = DemoCalendar.VietnamDate(now).Year;
        var random = new Random(RandomSeed);
        var province = DemoProvince.Build(configuration["Portal:ProvinceName"] is { Length: > 0 } name ? name : DemoProvince.DefaultName);
        var accounts = DemoAccounts.Plan(province, now);
        var departments = DemoFrameworks.Departments();
        var communesWards = DemoFrameworks.CommunesWards();
        var story = new DemoStory(random);

        var pastYear = new DemoPastYear(province, departments, communesWards, story, accounts, random);
        var years = Enumerable.Range(0, 3).Select(i => pastYear.Build(year - 3 + i, i)).ToList();
        var stage = configuration.GetValue("Demo:Stage", DemoStage.SelfAssessment);
        var lastYear = years[^1];
        var published = years.Select(y => y.Period).ToList();
        if (stage == DemoStage.Appraisal)
        {
            years.Add(new DemoCurrentYear(province, departments, communesWards, accounts, random).BuildInAppraisal(year, now));
        }

        departments.Framework.MarkInUse();
        communesWards.Framework.MarkInUse();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Blocks.AddRange(province.Blocks);
        db.Units.AddRange(province.Units.Select(u => u.Unit));
        db.UnitMerges.AddRange(province.Merges);
        db.Frameworks.AddRange(departments.Framework, communesWards.Framework);
        db.Periods.AddRange(years.Select(y => y.Period));
        db.Assessments.AddRange(years.SelectMany(y => y.Assessments));
        db.SubmissionRecords.AddRange(DemoSubmissions.For(years.SelectMany(y => y.Assessments), accounts));
        if (stage == DemoStage.Appraisal)
        {
            var current = years[^1];
            db.AppraisalAssignments.AddRange(DemoAssignments.For(current.Period, current.Assessments.Select(a => a.UnitId), departments, accounts));
        }

        var withAccounts = province.Units.Where(u => accounts.Accounts.Any(a => a.Account.UnitCode == u.Code))
            .ToDictionary(u => u.Unit.Id, u => (u.Code, u.Unit.Name));
        var leaves = departments.Framework.Nodes.Concat(communesWards.Framework.Nodes).ToDictionary(n => n.Id);
        foreach (var (evidence, link) in DemoEvidence.ForLastYear(lastYear.Period, lastYear.Assessments, leaves, withAccounts, accounts))
        {
            db.Evidence.Add(evidence);
            db.CriterionEvidence.Add(link);
        }

        await db.SaveChangesAsync(cancellationToken);
        await DemoPublications.RecordAsync(db, signer, published, accounts.IdOf("admin"), cancellationToken);

        // Identity saves through the same context; thousands of tracked rows would slow each of its saves.
        db.ChangeTracker.Clear();
        await EnsureRolesAsync();
        var created = new List<DemoAccount>();
        foreach (var (account, user) in accounts.Accounts)
        {
            // A first administrator set up by the host before seeding keeps its own password.
            if (await userManager.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            // The demo password is published in the README, so the password policy refuses it to anyone choosing a
            // password; the demo accounts (never in Production) are the one place it is set, bypassing that check.
            user.PasswordHash = userManager.PasswordHasher.HashPassword(user, account.Password);
            Check(await userManager.CreateAsync(user), account.UserName);
            Check(await userManager.AddToRoleAsync(user, account.Role), account.UserName);
            created.Add(account);
        }

        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        if (stage == DemoStage.SelfAssessment)
        {
            // The use cases save through contexts of their own, so they run once the rest is committed.
            await new DemoOpenYear(province, departments, communesWards, accounts, random, new DemoFrontDoor(services), contexts)
                .RunAsync(year, now, cancellationToken);
        }

        logger.LogInformation("Demo data seeded for {Province}: {Units} units, {Periods} periods, {Accounts} accounts",
            province.Name, province.Units.Count, published.Count + 1, created.Count);
        return new DemoSeedResult(true, created);
    }

    /// <summary>Logs the demo accounts table; call at start in Development only.</summary>
    public void LogAccounts(DemoSeedResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Accounts.Count > 0)
        {
            // One event per line: every logged value is escaped (CR/LF become "\n"), so a table in one value prints as one unreadable line.
            logger.LogWarning("Demo accounts (Development only), password {Password}:", DemoAccounts.Password);
            foreach (var line in result.FormatAccountsTable().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries))
            {
                logger.LogWarning("  {DemoAccount}", line);
            }
        }
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {userName} could not be created: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                var created = await roleManager.CreateAsync(new ApplicationRole(role));
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Role {role} could not be created.");
                }
            }
        }
    }

    /// <summary>The demo accounts still present, so a restart can print them again.</summary>
    private async Task<IReadOnlyList<DemoAccount>> ExistingAccountsAsync(CancellationToken cancellationToken)
    {
        var found = new List<DemoAccount>();
        foreach (var (userName, fullName, role, unitCode) in DemoAccounts.Specs)
        {
            var user = await userManager.FindByNameAsync(userName);
            if (user is null)
            {
                continue;
            }

            var unitName = unitCode is null ? null : await db.Units.AsNoTracking()
                .Where(u => u.Code == unitCode).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
            found.Add(new DemoAccount(userName, fullName, role, unitCode, unitName, DemoAccounts.Password));
        }

        return found;
    }
}
