using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Auditing;
using ParIndex.Application.Common;
using ParIndex.Application.Tests.Infrastructure;

namespace ParIndex.Application.Tests.Auditing;

/// <summary>
/// E3: the audit trail is append-only through the portal, and the hash-chain check names the row a database
/// administrator edited or deleted directly in SQLite. Each test tampers, so each has a database of its own.
/// </summary>
public sealed class AuditChainTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly TestApp _app = new();

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task IntactTrail_Passes_CountingEveryEntry_IncludingSeveralInOneSave()
    {
        var ids = await WriteTrailAsync(6);

        var report = await VerifyAsync();

        Assert.True(report.Passed, string.Join("; ", report.Problems.Select(p => $"#{p.EntryId} {p.Message}")));
        Assert.Equal((6L, ids[^1], 0), (report.EntriesChecked, report.LastEntryId, report.ProblemCount));
    }

    [Fact]
    public async Task PortalRefusesToChangeOrDeleteAuditRows()
    {
        var ids = await WriteTrailAsync(3);
        await using var db = _app.NewDbContext();
        var entry = await db.AuditEntries.SingleAsync(e => e.Id == ids[1]);

        db.Entry(entry).Property(e => e.NewValues).CurrentValue = """{"Score":4}""";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync(e => e.Id == ids[2]));
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());

        Assert.True((await VerifyAsync()).Passed);
    }

    [Fact]
    public async Task RowEditedDirectlyInTheDatabase_IsNamed()
    {
        var ids = await WriteTrailAsync(5);

        await ExecuteSqlAsync("UPDATE AuditEntries SET NewValues = '{\"Score\":4}' WHERE Id = $id", ids[2]);
        var report = await VerifyAsync();

        Assert.False(report.Passed);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((ids[2], "test.scoreSaved"), (problem.EntryId, problem.Action));
        Assert.Contains("đã bị sửa", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RowEditedWithItsHashRecomputed_BreaksTheLinkToTheNextRow()
    {
        var ids = await WriteTrailAsync(5);
        await ExecuteSqlAsync("UPDATE AuditEntries SET Succeeded = 0 WHERE Id = $id", ids[1]);
        await using (var db = _app.NewDbContext())
        {
            // A careful forger also reseals the row they changed; the next row still names the old hash.
            var forged = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == ids[1]);
            await ExecuteSqlAsync($"UPDATE AuditEntries SET Hash = '{AuditChain.Sha256Hex(forged.CanonicalText())}' WHERE Id = $id", ids[1]);
        }

        var report = await VerifyAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal(ids[2], problem.EntryId);
        Assert.Contains($"#{ids[1]}", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RowDeletedInTheMiddle_IsNamedByTheRowAfterIt()
    {
        var ids = await WriteTrailAsync(5);

        await ExecuteSqlAsync("DELETE FROM AuditEntries WHERE Id = $id", ids[2]);
        var report = await VerifyAsync();

        Assert.False(report.Passed);
        Assert.Equal(4, report.EntriesChecked);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(ids[3], problem.EntryId);
        Assert.Contains($"#{ids[2]}", problem.Message, StringComparison.Ordinal);
        Assert.Contains("đã bị xóa", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstRowDeleted_IsDetected()
    {
        var ids = await WriteTrailAsync(3);

        await ExecuteSqlAsync("DELETE FROM AuditEntries WHERE Id = $id", ids[0]);

        Assert.Equal(ids[1], Assert.Single((await VerifyAsync()).Problems).EntryId);
    }

    [Theory]
    [InlineData(Roles.Inspector)]
    [InlineData(Roles.Leader)]
    [InlineData(Roles.AgencyLeader)]
    public async Task OnlyAnAdministratorMayVerify_TheRefusalIsAuditedAndChained(string role)
    {
        await WriteTrailAsync(2);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _app.Handler<VerifyAuditChainHandler>(role).HandleAsync(new VerifyAuditChain(), Ct));

        var report = await VerifyAsync();
        Assert.True(report.Passed);
        Assert.Equal(3, report.EntriesChecked);
        await using var db = _app.NewDbContext();
        Assert.False((await db.AuditEntries.OrderBy(e => e.Id).LastAsync()).Succeeded);
    }

    [Fact]
    public async Task NewestEntriesDeleted_TheCutTailIsNamedByItsNumbers()
    {
        var ids = await WriteTrailAsync(5);

        // Issue 16.1: "delete from AuditEntries where Id >= …" left every remaining link intact.
        await ExecuteSqlAsync("DELETE FROM AuditEntries WHERE Id = $id", ids[4]);
        await ExecuteSqlAsync("DELETE FROM AuditEntries WHERE Id = $id", ids[3]);
        var report = await VerifyAsync();

        Assert.False(report.Passed);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((0L, 4L, "test.submitted"), (problem.EntryId, problem.Sequence!.Value, problem.Action));
        Assert.Contains("Cuối nhật ký đã bị cắt: các dòng số 4–5", problem.Message, StringComparison.Ordinal);
        Assert.Equal((3L, 5L), (report.LastSequence!.Value, report.RecordedHeadSequence!.Value));
    }

    [Fact]
    public async Task TailCut_ThenThePortalWritesOn_TheDeletedNumbersAreStillNamed()
    {
        var ids = await WriteTrailAsync(5);
        await ExecuteSqlAsync("DELETE FROM AuditEntries WHERE Id = $id", ids[4]);
        await ExecuteSqlAsync("DELETE FROM AuditEntries WHERE Id = $id", ids[3]);

        // The next save chains onto #3 and becomes number 4: every link holds, the numbers run on.
        await using (var db = _app.NewDbContext())
        {
            db.Audit(SystemUser.Instance, _app.Clock, "period.stateChanged", "EvaluationPeriod", Guid.CreateVersion7());
            await db.SaveChangesAsync();
        }

        var report = await VerifyAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Contains("Các dòng số 4–5", problem.Message, StringComparison.Ordinal);
        Assert.Contains("đã bị xóa", problem.Message, StringComparison.Ordinal);
        Assert.Contains("sau dòng số 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EntryAppendedOutsideThePortal_WithAValidHashAndNumber_IsNamed()
    {
        await WriteTrailAsync(3);

        // A forger with the database but not the keys folder: a context without the portal's services seals the row
        // exactly as the portal would (hash chained, next number) but cannot move the head kept outside the database.
        var options = new DbContextOptionsBuilder<ParIndex.Infrastructure.Persistence.ParIndexDbContext>().UseSqlite(_app.ConnectionString).Options;
        await using (var forger = new ParIndex.Infrastructure.Persistence.ParIndexDbContext(options))
        {
            forger.Audit(SystemUser.Instance, _app.Clock, "period.approved", "EvaluationPeriod", Guid.CreateVersion7());
            await forger.SaveChangesAsync();
        }

        var report = await VerifyAsync();

        var problem = Assert.Single(report.Problems);
        Assert.Equal(4L, problem.Sequence);
        Assert.Contains("Các dòng số 4–4 không do cổng ghi", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryEntryIsNumbered_AndStateChangesAreKeptAsCheckpointsOutsideTheDatabase()
    {
        await WriteTrailAsync(3);
        await using (var db = _app.NewDbContext())
        {
            db.Audit(SystemUser.Instance, _app.Clock, "period.published", "EvaluationPeriod", Guid.CreateVersion7());
            await db.SaveChangesAsync();
        }

        await using var read = _app.NewDbContext();
        Assert.Equal([1L, 2L, 3L, 4L], await read.AuditEntries.OrderBy(e => e.Id).Select(e => e.Sequence).ToListAsync());
        var heads = _app.Services.GetRequiredService<IAuditHeadStore>();
        Assert.Equal(4L, heads.Latest()!.Sequence);
        Assert.Equal(("period.published", 4L), (heads.Checkpoints().Single().Head.Action, heads.Checkpoints().Single().Head.Sequence));
        Assert.True(File.Exists(Path.Combine(_app.KeysPath, "audit-head.json")));
    }

    private Task<AuditChainReport> VerifyAsync() =>
        _app.Handler<VerifyAuditChainHandler>(Roles.Administrator).HandleAsync(new VerifyAuditChain(), Ct);

    /// <summary>
    /// Audit rows as use cases write them: one per save, then the last two together in one save, the second added
    /// stamped a moment earlier (a clock stepped back by time synchronisation between the two).
    /// </summary>
    private async Task<long[]> WriteTrailAsync(int count)
    {
        for (var i = 0; i < count - 2; i++)
        {
            await using var db = _app.NewDbContext();
            db.Audit(SystemUser.Instance, _app.Clock, "test.scoreSaved", "CriterionResponse", Guid.CreateVersion7(), new { Score = i }, new { Score = i + 1 });
            await db.SaveChangesAsync();
        }

        await using (var db = _app.NewDbContext())
        {
            db.Audit(SystemUser.Instance, _app.Clock, "test.scoreSaved", "CriterionResponse", Guid.CreateVersion7(), new { Score = 1 }, new { Score = 2 });
            _app.Clock.Now -= TimeSpan.FromSeconds(1);
            db.Audit(SystemUser.Instance, _app.Clock, "test.submitted", "Assessment", Guid.CreateVersion7());
            _app.Clock.Now += TimeSpan.FromSeconds(1);
            await db.SaveChangesAsync();
        }

        await using var read = _app.NewDbContext();
        return await read.AuditEntries.OrderBy(e => e.Id).Select(e => e.Id).ToArrayAsync();
    }

    private async Task ExecuteSqlAsync(string sql, long id)
    {
        await using var connection = new SqliteConnection(_app.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", id);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
