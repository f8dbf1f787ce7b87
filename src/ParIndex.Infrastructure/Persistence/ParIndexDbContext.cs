using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using ParIndex.Application.Auditing;
using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Auditing;
using ParIndex.Domain.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Improvement;
using ParIndex.Domain.Notices;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Units;
using ParIndex.Infrastructure.Identity;

namespace ParIndex.Infrastructure.Persistence;

/// <summary>
/// The one database of the portal: the domain, ASP.NET Core Identity and the Data Protection keys.
/// Migrations live in one assembly per provider (docs/adr/0002).
/// </summary>
public sealed class ParIndexDbContext(DbContextOptions<ParIndexDbContext> options)
    : IdentityDbContext<ApplicationUser, ApplicationRole, Guid>(options), IParIndexDb, IDataProtectionKeyContext
{
    // The audit chain must not fork when two saves in this process race for the last hash.
    private static readonly SemaphoreSlim AuditChainLock = new(1, 1);

    public DbSet<Block> Blocks => Set<Block>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitMerge> UnitMerges => Set<UnitMerge>();

    public DbSet<EvaluationPeriod> Periods => Set<EvaluationPeriod>();

    public DbSet<Framework> Frameworks => Set<Framework>();

    public DbSet<FrameworkNode> FrameworkNodes => Set<FrameworkNode>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<CriterionResponse> CriterionResponses => Set<CriterionResponse>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<CriterionEvidence> CriterionEvidence => Set<CriterionEvidence>();

    public DbSet<Notice> Notices => Set<Notice>();

    public DbSet<UserNotice> UserNotices => Set<UserNotice>();

    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();

    public DbSet<SubmissionRecord> SubmissionRecords => Set<SubmissionRecord>();

    public DbSet<AppraisalAssignment> AppraisalAssignments => Set<AppraisalAssignment>();

    public DbSet<SurveyImport> SurveyImports => Set<SurveyImport>();

    public DbSet<SurveyWaiver> SurveyWaivers => Set<SurveyWaiver>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveyInvitation> SurveyInvitations => Set<SurveyInvitation>();

    public DbSet<SurveyBallot> SurveyBallots => Set<SurveyBallot>();

    public DbSet<SipasLink> SipasLinks => Set<SipasLink>();

    public DbSet<SipasReceipt> SipasReceipts => Set<SipasReceipt>();

    public DbSet<Publication> Publications => Set<Publication>();

    public DbSet<SignedDocument> SignedDocuments => Set<SignedDocument>();

    public DbSet<ImprovementTask> ImprovementTasks => Set<ImprovementTask>();

    public DbSet<ImprovementNote> ImprovementNotes => Set<ImprovementNote>();

    public DbSet<StoredBlockDigest> BlockDigests => Set<StoredBlockDigest>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The one-off data steps done on this database (<see cref="Persistence.DataSteps"/>).</summary>
    public DbSet<DataStep> DataSteps => Set<DataStep>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        RenewConcurrencyStamps();

        var newAuditEntries = ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added).ToList();
        if (newAuditEntries.Count == 0)
        {
            return await SaveOrReportConflictAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await AuditChainLock.WaitAsync(cancellationToken);
        var ownTransaction = Database.CurrentTransaction is null ? await BeginAuditTransactionAsync(cancellationToken) : null;
        try
        {
            await LockAuditChainAsync(cancellationToken);
            var last = await Set<AuditEntry>().AsNoTracking().OrderByDescending(a => a.Id)
                .Select(a => new { a.Id, a.Hash, a.Sequence, a.Action, a.OccurredAtUtc }).FirstOrDefaultAsync(cancellationToken);
            // Entries written before numbering began count as numbered by their position.
            var sequence = last is null ? 0 : last.Sequence > 0 ? last.Sequence : await Set<AuditEntry>().LongCountAsync(cancellationToken);
            var heads = AuditHeads();
            KeepEvidenceOfOutsideChanges(heads, last is null ? null : new AuditHead(sequence, last.Hash, last.Action, last.OccurredAtUtc));
            var previous = last?.Hash;
            // Sealed in the order EF inserts them (the change tracker's order), so the chain follows the ids that
            // verify-audit walks; their times may step back when the server's clock is corrected mid-save.
            foreach (var entry in newAuditEntries)
            {
                entry.Entity.Seal(previous, ++sequence, Sha256Hex);
                previous = entry.Entity.Hash;
            }

            var saved = await SaveOrReportConflictAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            RecordHeads(heads, newAuditEntries.Select(e => e.Entity).ToList());
            return saved;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }

            AuditChainLock.Release();
        }
    }

    public static string Sha256Hex(string text) => AuditChain.Sha256Hex(text);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ParIndexDbContext).Assembly);

        // Ids come from the domain (Guid v7). Told they are store-generated, EF would take a new child added to a
        // loaded owner's collection for an existing row and UPDATE it instead of inserting it.
        foreach (var id in builder.Model.GetEntityTypes()
                     .Where(t => typeof(Entity).IsAssignableFrom(t.ClrType))
                     .Select(t => t.FindProperty(nameof(Entity.Id)))
                     .Where(p => p is not null && p.ClrType == typeof(Guid)))
        {
            id!.ValueGenerated = ValueGenerated.Never;
        }

        foreach (var entityType in builder.Model.GetEntityTypes()
                     .Where(t => typeof(VersionedEntity).IsAssignableFrom(t.ClrType)))
        {
            var entity = builder.Entity(entityType.ClrType);
            entity.Property(nameof(VersionedEntity.ConcurrencyStamp)).IsConcurrencyToken();
            if (Database.IsSqlServer())
            {
                // SQL Server also checks its native rowversion; SQLite has none, so the stamp above is the guard there.
                entity.Property<byte[]>("RowVersion").IsRowVersion();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Points and indexes are exact decimals on both providers (SQLite stores them as text).
        configurationBuilder.Properties<decimal>().HavePrecision(18, 6);
        configurationBuilder.Properties<decimal?>().HavePrecision(18, 6);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
    }

    private void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only.");
        }

        // A publication never changes: a correction is a new version, and the old one only learns what replaced it.
        if (ChangeTracker.Entries<Publication>().Any(e => e.State == EntityState.Deleted
                || (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Publication.SupersededById)))))
        {
            throw new InvalidOperationException("Publications are immutable.");
        }
    }

    /// <summary>
    /// SQLite: a deferred transaction, because BEGIN IMMEDIATE waits for another writer's lock for 30 s whatever the
    /// configured busy timeout (seen in the G5 test: a save hung instead of failing after 2 s); the write lock is then
    /// taken by the first statement of <see cref="LockAuditChainAsync"/>, which honours the timeout.
    /// </summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAuditTransactionAsync(CancellationToken cancellationToken)
    {
        if (!Database.IsSqlite())
        {
            return await Database.BeginTransactionAsync(cancellationToken);
        }

        await Database.OpenConnectionAsync(cancellationToken);
        var transaction = ((Microsoft.Data.Sqlite.SqliteConnection)Database.GetDbConnection()).BeginTransaction(deferred: true);
        return await Database.UseTransactionAsync(transaction, cancellationToken)
            ?? throw new InvalidOperationException("The SQLite transaction was not taken up.");
    }

    /// <summary>
    /// Several portal processes (replicas) append to one chain: reading the last hash and inserting after it must be
    /// serialized by the database, not only by the lock above, or two saves chain to the same hash (a fork that
    /// verify-audit reports; seen with two processes on one SQLite file). SQLite: a write that matches no row takes the
    /// database's write lock before the last hash is read. SQL Server: an application lock owned by the transaction.
    /// </summary>
    private async Task LockAuditChainAsync(CancellationToken cancellationToken)
    {
        if (Database.IsSqlServer())
        {
            await Database.ExecuteSqlRawAsync("""
                DECLARE @granted int;
                EXEC @granted = sp_getapplock @Resource = N'ParIndex.AuditChain', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 30000;
                IF @granted < 0 THROW 51000, N'The audit chain lock was not granted.', 1;
                """, cancellationToken);
        }
        else if (Database.IsSqlite())
        {
            await Database.ExecuteSqlRawAsync("""UPDATE "AuditEntries" SET "Hash" = "Hash" WHERE 0""", cancellationToken);
        }
    }

    /// <summary>The store of heads outside the database, from the application's services (none at design time).</summary>
    private IAuditHeadStore? AuditHeads() =>
        this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(IAuditHeadStore)) as IAuditHeadStore;

    /// <summary>
    /// The database should end where the last save left it. If it does not, rows were deleted or added behind the
    /// portal's back: the head it remembered is kept as a checkpoint, with what the database ends with now, before
    /// the next head replaces it, so verify-audit can still name what is missing or foreign.
    /// </summary>
    private static void KeepEvidenceOfOutsideChanges(IAuditHeadStore? heads, AuditHead? databaseEnd)
    {
        if (heads?.Latest() is not { } remembered)
        {
            return;
        }

        if (databaseEnd is null || remembered.Sequence != databaseEnd.Sequence || !string.Equals(remembered.Hash, databaseEnd.Hash, StringComparison.Ordinal))
        {
            heads.Append(new AuditCheckpoint(remembered, databaseEnd ?? new AuditHead(0, string.Empty, string.Empty, DateTime.MinValue)));
        }
    }

    /// <summary>After the commit: the new head, and a checkpoint for each state change, approval or publication saved.</summary>
    private static void RecordHeads(IAuditHeadStore? heads, List<AuditEntry> saved)
    {
        if (heads is null || saved.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var milestone in saved.Where(e => e.Succeeded && AuditChain.IsMilestone(e.Action)))
            {
                heads.Append(new AuditCheckpoint(HeadOf(milestone)));
            }

            heads.Write(HeadOf(saved[^1]));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The save is committed; failing it now would tell the officer it was not. verify-audit then reports the
            // entries after the last head it finds, which points the operator at the keys folder.
        }
    }

    private static AuditHead HeadOf(AuditEntry entry) => new(entry.Sequence, entry.Hash, entry.Action, entry.OccurredAtUtc);

    private void RenewConcurrencyStamps()
    {
        foreach (var entry in ChangeTracker.Entries<VersionedEntity>().Where(e => e.State == EntityState.Modified))
        {
            entry.Property(e => e.ConcurrencyStamp).CurrentValue = Guid.NewGuid();
        }
    }

    private async Task<int> SaveOrReportConflictAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(ConcurrencyCheck.Message, ex);
        }
    }
}
