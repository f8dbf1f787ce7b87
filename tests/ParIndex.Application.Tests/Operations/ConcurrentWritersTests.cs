using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Application.Tests.SelfAssessment;
using Xunit.Abstractions;

namespace ParIndex.Application.Tests.Operations;

/// <summary>
/// D10: twenty people saving at once on one SQLite file, through the real save use case and the portal's own
/// connection setup (WAL, busy timeout). No one sees a busy or locked database, and every save that was
/// acknowledged is in the database with the value acknowledged.
/// </summary>
public sealed class ConcurrentWritersTests(TestApp app, ITestOutputHelper output) : IClassFixture<TestApp>
{
    private const int Writers = 20;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(12);

    [Fact]
    public async Task Sqlite_ConcurrentWriters_NoBusyErrors_AndEveryAcknowledgedSaveIsStored()
    {
        var stories = new List<SelfAssessmentStory>();
        for (var i = 0; i < Writers / 2; i++)
        {
            stories.Add(await SelfAssessmentStory.SeedAsync(app, TimeSpan.FromDays(10)));
        }

        var seats = stories.SelectMany(s => new[] { (Unit: s.UnitA, Assessment: s.AssessmentA, s.Rate), (Unit: s.UnitB, Assessment: s.AssessmentB, s.Rate) })
            .ToList();
        var stopwatch = Stopwatch.StartNew();
        // One person per seat; each save opens its own context from the factory, as each request or circuit event does.
        var handlers = seats.Select(seat => app.Handler<SaveAnswerHandler>(Roles.AgencyStaff, seat.Unit)).ToList();
        var results = await Task.WhenAll(seats.Select((seat, i) => Task.Run(() => WriteUntilAsync(handlers[i], seat.Assessment, seat.Rate, stopwatch))));

        output.WriteLine($"{results.Sum(r => r.Acknowledged)} saves acknowledged by {Writers} writers in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        Assert.All(results, r => Assert.Null(r.Failure));
        Assert.All(results, r => Assert.True(r.Acknowledged > 0));
        await using var db = app.NewDbContext();
        for (var i = 0; i < seats.Count; i++)
        {
            var response = await db.CriterionResponses.AsNoTracking().SingleAsync(r => r.AssessmentId == seats[i].Assessment && r.NodeId == seats[i].Rate);
            using var inputs = JsonDocument.Parse(response.Inputs!);
            Assert.Equal(results[i].LastNumerator, inputs.RootElement.GetProperty("numerator").GetInt32());
            var audited = await db.AuditEntries.CountAsync(a => a.Action == "selfAssessment.answerSaved" && a.EntityId == response.Id.ToString());
            Assert.Equal(results[i].Acknowledged, audited);
        }
    }

    private static async Task<WriterResult> WriteUntilAsync(SaveAnswerHandler handler, Guid assessmentId, Guid nodeId, Stopwatch stopwatch)
    {
        Guid? stamp = null;
        var acknowledged = 0;
        var last = 0;
        try
        {
            while (stopwatch.Elapsed < Duration)
            {
                var numerator = (acknowledged % 100) + 1;
                var saved = await handler.HandleAsync(
                    new SaveAnswer(assessmentId, nodeId, new Dictionary<string, string?> { ["numerator"] = numerator.ToString(System.Globalization.CultureInfo.InvariantCulture), ["denominator"] = "100" },
                        null, stamp), CancellationToken.None);
                stamp = saved.ConcurrencyStamp;
                acknowledged++;
                last = numerator;
            }

            return new WriterResult(acknowledged, last, null);
        }
        catch (Exception ex)
        {
            return new WriterResult(acknowledged, last, ex.ToString());
        }
    }

    private sealed record WriterResult(int Acknowledged, int LastNumerator, string? Failure);
}
