using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParIndex.Application.Common;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests.Localization;

/// <summary>
/// One source of wording, from the API's side: a person who chose English (the culture cookie, as the switch sets
/// it) reads every kind of refusal — validation, a domain rule, a workflow step, access — without a Vietnamese
/// word; without the cookie the same refusal reads Vietnamese.
/// </summary>
public sealed partial class RefusalLanguageTests(RefusalLanguageTests.Fixture portal) : IClassFixture<RefusalLanguageTests.Fixture>
{
    private const string Password = "Tu-choi@Wording2026";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public async Task InitializeAsync()
        {
            await CreateUserAsync("ngonngu.qt", Password, Roles.Administrator);
            await CreateUserAsync("ngonngu.ld", Password, Roles.Leader);
        }

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    [Fact]
    public async Task InEnglish_EveryKindOfRefusal_HasNoVietnameseText()
    {
        var admin = await SignedInAsync("ngonngu.qt", "en-US");

        var invalid = await admin.PostAsJsonAsync("/api/periods", new { year = 1900, name = "", selfAssessmentOpensAtUtc = "2031-03-01T00:00:00Z", selfAssessmentDeadlineUtc = "2031-02-01T00:00:00Z" });
        await AssertEnglishAsync(invalid, HttpStatusCode.BadRequest, "The year must be between 2000 and 2100.");

        var created = await admin.PostAsJsonAsync("/api/periods", new { year = 2031, name = "Period 2031", selfAssessmentOpensAtUtc = "2031-03-01T00:00:00Z", selfAssessmentDeadlineUtc = "2031-04-01T00:00:00Z" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var taken = await admin.PostAsJsonAsync("/api/periods", new { year = 2031, name = "Again", selfAssessmentOpensAtUtc = "2031-03-01T00:00:00Z", selfAssessmentDeadlineUtc = "2031-04-01T00:00:00Z" });
        await AssertEnglishAsync(taken, HttpStatusCode.BadRequest, "This year already has a period.");

        var periodId = (await created.Content.ReadFromJsonAsync<IdOnly>())!.Id;
        var stamp = (await admin.GetFromJsonAsync<StampOnly>($"/api/periods/{periodId}/workflow"))!.ConcurrencyStamp;
        var skipped = await admin.PostAsJsonAsync($"/api/periods/{periodId}/state", new { target = 10, concurrencyStamp = stamp });
        await AssertEnglishAsync(skipped, (HttpStatusCode)422, expected: null);

        var unknownCode = await admin.GetAsync("/api/survey-form/ABCDE-FGHJK");
        await AssertEnglishAsync(unknownCode, (HttpStatusCode)422, "The code is not right.");

        var leader = await SignedInAsync("ngonngu.ld", "en-US");
        var denied = await leader.PostAsJsonAsync("/api/periods", new { year = 2032, name = "Period 2032", selfAssessmentOpensAtUtc = "2032-03-01T00:00:00Z", selfAssessmentDeadlineUtc = "2032-04-01T00:00:00Z" });
        await AssertEnglishAsync(denied, HttpStatusCode.Forbidden, "You are not allowed to do this.");
    }

    [Fact]
    public async Task InVietnamese_TheSameRefusals_ReadVietnamese()
    {
        var admin = await SignedInAsync("ngonngu.qt", culture: null);

        var invalid = await admin.PostAsJsonAsync("/api/periods", new { year = 1900, name = "", selfAssessmentOpensAtUtc = "2031-03-01T00:00:00Z", selfAssessmentDeadlineUtc = "2031-02-01T00:00:00Z" });
        var unknownCode = await admin.GetAsync("/api/survey-form/ABCDE-FGHJK");

        Assert.Contains("Năm đánh giá phải từ 2000 đến 2100.", await ReadAsync(invalid), StringComparison.Ordinal);
        Assert.Contains("Mã phiếu không đúng.", await ReadAsync(unknownCode), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string userName, string? culture)
    {
        var client = portal.CreateBrowser();
        if (culture is not null)
        {
            var set = await client.GetAsync($"/culture/set?culture={culture}&redirectUri=%2F");
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        await LoginForm.SignInAsync(client, userName, Password);
        return client;
    }

    private static async Task AssertEnglishAsync(HttpResponseMessage response, HttpStatusCode status, string? expected)
    {
        // The strings as a reader sees them (the JSON may escape non-ASCII letters as \uXXXX).
        var body = string.Join(" | ", Strings(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement));
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {body}");
        if (expected is not null)
        {
            Assert.Contains(expected, body, StringComparison.Ordinal);
        }

        Assert.False(VietnameseLetters().IsMatch(body), body);
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response) =>
        string.Join(" | ", Strings(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement));

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    private sealed record IdOnly(Guid Id);

    private sealed record StampOnly(Guid ConcurrencyStamp);

    // ă â đ ê ô ơ ư and the tone marks: letters English never has.
    [GeneratedRegex("[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ]")]
    private static partial Regex VietnameseLetters();
}
