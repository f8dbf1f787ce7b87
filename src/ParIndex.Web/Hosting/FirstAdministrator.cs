using Microsoft.AspNetCore.Identity;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Identity;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Security;

namespace ParIndex.Web.Hosting;

/// <summary>
/// The first administrator (ASVS 5.0 6.3.2: no default accounts). Outside Development and tests the portal refuses
/// to start until someone names one explicitly; it never invents a name or a password.
/// </summary>
internal static partial class FirstAdministrator
{
    public const string MissingConfigurationMessage =
        "ParIndex has no administrator account yet and cannot start without one. Set Bootstrap:AdministratorUserName "
        + "and Bootstrap:AdministratorPassword (optionally Bootstrap:AdministratorFullName), for example as the environment "
        + "variables Bootstrap__AdministratorUserName and Bootstrap__AdministratorPassword, then start again. The password "
        + "must be 12 to 128 characters and not a common one. Remove the password from the configuration once the "
        + "administrator has signed in (docs/deploy.md).";

    public static bool IsRequired(IHostEnvironment environment) =>
        !environment.IsDevelopment() && !environment.IsEnvironment("Testing");

    public static async Task EnsureAsync(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        var userManager = services.GetRequiredService<UserManager<ApplicationUser>>();
        if ((await userManager.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
        {
            return;
        }

        var userName = configuration["Bootstrap:AdministratorUserName"]?.Trim();
        var password = configuration["Bootstrap:AdministratorPassword"];
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password))
        {
            if (IsRequired(environment))
            {
                LogMissing(logger, MissingConfigurationMessage);
                throw new StartupRefusedException(MissingConfigurationMessage);
            }

            return;
        }

        if (await userManager.FindByNameAsync(userName) is not null)
        {
            throw new InvalidOperationException(
                $"Bootstrap:AdministratorUserName '{userName}' is an existing account without the Administrator role. Choose another name.");
        }

        var db = services.GetRequiredService<ParIndexDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var user = new ApplicationUser
        {
            UserName = userName,
            FullName = configuration["Bootstrap:AdministratorFullName"] is { Length: > 0 } fullName ? fullName : "Quản trị hệ thống",
            IsActive = true,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var result = await userManager.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await userManager.AddToRoleAsync(user, Roles.Administrator);
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be created: "
                + string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        db.Audit(AuditActor.System, clock, "user.bootstrapped", "User", user.Id, newValues: new { user.UserName, Role = Roles.Administrator });
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        LogCreated(logger, userName);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Message}")]
    private static partial void LogMissing(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "First administrator {UserName} created from Bootstrap configuration; remove Bootstrap:AdministratorPassword now")]
    private static partial void LogCreated(ILogger logger, string userName);
}
