using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Documents;
using ParIndex.Application.EvidenceFiles;
using ParIndex.Application.Frameworks;
using ParIndex.Application.Home;
using ParIndex.Application.Notifications;
using ParIndex.Application.Reminders;
using ParIndex.Application.Users;
using ParIndex.Infrastructure.Email;
using ParIndex.Infrastructure.EvidenceFiles;
using ParIndex.Infrastructure.Excel;
using ParIndex.Infrastructure.Identity;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Infrastructure.Persistence.Seeding;

namespace ParIndex.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddDbContextFactory<ParIndexDbContext>((sp, options) =>
        {
            DatabaseSetup.Configure(options, configuration, contentRoot);
            // Resolved at the first save, not here: the version reads through this very factory.
            options.AddInterceptors(new PublicationChangeInterceptor(() => sp.GetService<Application.Publication.PublicationVersion>()));
        });
        // Identity's stores need a scoped context; use cases open their own through IParIndexDbFactory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContext());
        services.AddSingleton<IParIndexDbFactory, ParIndexDbFactory>();
        services.AddSingleton<DatabaseInitializer>();
        // Need Identity's UserManager and RoleManager, which the host registers (AddIdentityCore...AddRoles).
        services.AddScoped<IUserAccounts, UserAccounts>();
        services.AddScoped<IUserStatistics, UserStatistics>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<LoadProvinceSeeder>();
        services.AddSingleton<IFrameworkWorkbook, FrameworkWorkbook>();
        services.AddSingleton(sp => DocumentIssuers.From(
            sp.GetRequiredService<IConfiguration>().GetSection(DocumentOptions.Section).Get<DocumentOptions>(),
            sp.GetRequiredService<IConfiguration>()["Portal:ProvinceName"]));
        // PDFs are signed with the publication signing certificate: one key outside the database for every signed output.
        services.AddSingleton<IDocumentSigningCertificate>(sp => sp.GetRequiredService<Signing.SigningCertificate>());
        services.AddSingleton<Application.Reports.IPdfReports>(sp =>
            new Pdf.PdfReports(sp.GetRequiredService<DocumentIssuers>(), sp.GetRequiredService<IDocumentSigningCertificate>()));
        services.AddSingleton<Application.Exports.IResultsWorkbook, Office.ResultsWorkbookWriter>();
        services.AddSingleton<Office.WordDocuments>();
        services.AddSingleton<Application.Exports.IWordDocuments>(sp => sp.GetRequiredService<Office.WordDocuments>());
        services.AddSingleton<Application.Reports.IWordReports>(sp => sp.GetRequiredService<Office.WordDocuments>());
        services.AddSingleton<Application.Surveys.IQrCodes, Office.QrCodes>();
        services.AddSingleton<Application.Surveys.Exports.ISurveyDocuments>(sp => new Pdf.SurveyDocuments(sp.GetRequiredService<DocumentIssuers>()));
        services.AddSingleton<Application.DataImport.ITableFileReader, Tabular.TableFileReader>();

        // Read when first needed, so settings a host or test adds after registration still apply.
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(EvidenceOptions.Section).Get<EvidenceOptions>() ?? new EvidenceOptions());
        services.AddSingleton<IEvidenceStore>(sp =>
            new FileSystemEvidenceStore(Path.Combine(contentRoot, sp.GetRequiredService<EvidenceOptions>().StoragePath), sp.GetService<TimeProvider>()));
        services.AddSingleton<IUploadInspector, UploadInspector>();
        services.AddSingleton(sp => new Operations.PortalBackup(
            sp.GetRequiredService<IDbContextFactory<ParIndexDbContext>>(), sp.GetRequiredService<IParIndexDbFactory>(),
            DatabaseSetup.SqliteConnectionString(sp.GetRequiredService<IConfiguration>(), contentRoot),
            Path.Combine(contentRoot, sp.GetRequiredService<EvidenceOptions>().StoragePath), sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<Application.Publication.IPublicationSigner>()));

        // Kept outside the database (docs/security.md): the publication key and the audit trail's heads.
        services.AddSingleton(sp => Signing.SigningCertificate.Load(
            sp.GetRequiredService<IConfiguration>().GetSection(Signing.SigningOptions.Section).Get<Signing.SigningOptions>() ?? new Signing.SigningOptions(),
            Signing.KeysFolder.Resolve(sp.GetRequiredService<IConfiguration>(), contentRoot), contentRoot));
        services.AddSingleton<Application.Publication.IPublicationSigner, Signing.CertificatePublicationSigner>();
        services.AddSingleton<Application.Auditing.IAuditHeadStore>(sp =>
            new Auditing.AuditHeadFile(Signing.KeysFolder.Resolve(sp.GetRequiredService<IConfiguration>(), contentRoot)));

        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(EmailOptions.Section).Get<EmailOptions>() ?? new EmailOptions());
        services.AddSingleton<IEmailSender>(sp => new MailKitEmailSender(sp.GetRequiredService<EmailOptions>(), contentRoot));
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions());
        services.AddSingleton<Application.Notifications.INoticeRecipients, NoticeRecipients>();
        services.AddSingleton(sp => new Application.Notifications.NotificationOptions
        {
            PublicUrl = FirstSet(sp.GetRequiredService<IConfiguration>()["Portal:PublicUrl"], sp.GetRequiredService<ReminderOptions>().PortalUrl),
        });

        services.AddDataProtection()
            .SetApplicationName("ParIndex")
            .PersistKeysToDbContext<ParIndexDbContext>();

        services.AddHealthChecks().AddDbContextCheck<ParIndexDbContext>("database");
        return services;
    }

    private static string FirstSet(string? configured, string fallback) => string.IsNullOrWhiteSpace(configured) ? fallback : configured;
}
