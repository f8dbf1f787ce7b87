using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace ParIndex.Application.Tests.Seeding;

/// <summary>Seeding on fresh databases of its own: refused in Production, and the same story on every run.</summary>
public sealed class DemoDataSeederSafetyTests
{
    [Fact]
    public async Task Seed_InProduction_RefusesAndWritesNothing()
    {
        var fixture = new SeededDatabaseFixture(Environments.Production);
        try
        {
            await fixture.MigrateAsync();

            await Assert.ThrowsAsync<InvalidOperationException>(fixture.SeedAsync);

            await using var db = fixture.CreateDb();
            Assert.Equal(0, await db.Units.CountAsync());
            Assert.Equal(0, await db.Users.CountAsync());
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    [Fact]
    public async Task Seed_TwoEmptyDatabasesAtTheSameTime_WriteTheSameStory()
    {
        var first = await StoryAsync();
        var second = await StoryAsync();

        Assert.True(first.Count > 8000);
        Assert.Equal(first, second);
    }

    private static async Task<List<string>> StoryAsync()
    {
        var fixture = new SeededDatabaseFixture();
        try
        {
            await fixture.InitializeAsync();
            await using var db = fixture.CreateDb();
            var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code);
            var nodes = await db.FrameworkNodes.AsNoTracking().ToDictionaryAsync(n => n.Id, n => n.Code);
            var assessments = await db.Assessments.AsNoTracking().Include(a => a.Responses).ToListAsync();
            return [.. assessments
                .SelectMany(a => a.Responses.Select(r =>
                    $"{units[a.UnitId]} {a.FinalIndex} {a.Rank} {a.State} {nodes[r.NodeId]} {r.SelfScore} {r.FinalScore} {r.Inputs} {r.AppraisalComment}"))
                .Order(StringComparer.Ordinal)];
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }
}
