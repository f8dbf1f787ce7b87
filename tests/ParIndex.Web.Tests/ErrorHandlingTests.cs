using System.Net;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Application.Home;
using ParIndex.Domain.Common;
using ParIndex.Infrastructure.Persistence;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>B10 and the problem mapping: a use case's dependency throws, the caller sees a status and an id, never the stack.</summary>
public sealed class ErrorHandlingTests(ErrorHandlingTests.Fixture portal) : IClassFixture<ErrorHandlingTests.Fixture>
{
    private const string Password = "đèn lồng phố hội đêm rằm";
    private const string SecretDetail = "Simulated failure 7f3a in the statistics store";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public ThrowingStatistics Statistics { get; } = new();

        public async Task InitializeAsync() => await CreateUserAsync("loi.quantri", Password, Roles.Administrator);

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IUserStatistics>(Statistics));
        }
    }

    public sealed class ThrowingStatistics : IUserStatistics
    {
        public Exception ToThrow { get; set; } = new InvalidOperationException(SecretDetail);

        public Task<UserCounts> CountAsync(CancellationToken cancellationToken) => throw ToThrow;
    }

    [Fact]
    public async Task HomePage_WhenAUseCaseFails_ShowsGenericVietnameseMessageWithCorrelationIdAndNoStackTrace()
    {
        portal.Statistics.ToThrow = new InvalidOperationException(SecretDetail);
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "loi.quantri", Password);

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var correlationId = response.Headers.GetValues("X-Correlation-Id").Single();
        Assert.Contains($"<code id=\"correlation-id\">{correlationId}</code>", html, StringComparison.Ordinal);
        Assert.Contains("Đã xảy ra lỗi", html, StringComparison.Ordinal);
        Assert.DoesNotContain(SecretDetail, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ParIndex", html, StringComparison.Ordinal);
        Assert.True(LogMentions(correlationId, SecretDetail), "LOG:" + LogText());
    }

    [Theory]
    [InlineData("validation", HttpStatusCode.BadRequest)]
    [InlineData("denied", HttpStatusCode.Forbidden)]
    [InlineData("notfound", HttpStatusCode.NotFound)]
    [InlineData("conflict", HttpStatusCode.Conflict)]
    [InlineData("domain", (HttpStatusCode)422)]
    [InlineData("unexpected", HttpStatusCode.InternalServerError)]
    public async Task Api_WhenAUseCaseThrows_AnswersWithTheMappedProblem(string kind, HttpStatusCode expected)
    {
        portal.Statistics.ToThrow = kind switch
        {
            "validation" => new ValidationException([new ValidationFailure("Name", "Tên không được để trống.")]),
            "denied" => new AccessDeniedException(),
            "notfound" => new NotFoundException("Unit", Guid.Empty),
            "conflict" => new ConcurrencyConflictException("Dữ liệu đã được người khác thay đổi."),
            "domain" => new DomainException("period.transition", "A period cannot move from Draft to Published."),
            _ => new InvalidOperationException(SecretDetail),
        };
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "loi.quantri", Password);

        var response = await client.GetAsync("/api/home/summary");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), problem.GetProperty("correlationId").GetString());
        Assert.DoesNotContain(SecretDetail, body, StringComparison.Ordinal);
        if (kind == "validation")
        {
            Assert.Equal("Tên không được để trống.", problem.GetProperty("errors").GetProperty("Name")[0].GetString());
        }

        if (kind == "domain")
        {
            Assert.Equal("period.transition", problem.GetProperty("code").GetString());
        }
    }

    [Fact]
    public async Task Api_AccessDenied_IsAudited()
    {
        portal.Statistics.ToThrow = new AccessDeniedException();
        var client = portal.CreateBrowser();
        await LoginForm.SignInAsync(client, "loi.quantri", Password);

        await client.GetAsync("/api/home/summary");

        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParIndexDbContext>();
        var entry = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.Action == "access.denied");
        Assert.False(entry.Succeeded);
        Assert.Equal("loi.quantri", entry.UserName);
        Assert.Equal("GET /api/home/summary", entry.EntityId);
    }

    private string LogText() => string.Join("\n", Directory.EnumerateFiles(portal.LogFolder).Select(f =>
    {
        using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return f + ":" + new StreamReader(stream).ReadToEnd();
    }));

    private bool LogMentions(params string[] texts)
    {
        foreach (var file in Directory.EnumerateFiles(portal.LogFolder))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            var content = new StreamReader(stream).ReadToEnd();
            if (texts.All(t => content.Contains(t, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
