using System.Net;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>The respondent's form has no sign-in: guessing codes in bulk meets its own window, per address, with 429.</summary>
public sealed class SurveyRateLimitTests(SurveyRateLimitTests.Fixture portal) : IClassFixture<SurveyRateLimitTests.Fixture>
{
    public sealed class Fixture() : PortalFactory("Development", new Dictionary<string, string?>
    {
        ["Security:SurveyRateLimit:PermitLimit"] = "3",
        ["Security:SurveyRateLimit:WindowSeconds"] = "60",
    });

    [Fact]
    public async Task GuessingCodes_BeyondTheWindow_Gets429_WhileTheRestOfThePortalAnswers()
    {
        var guesser = portal.CreateBrowser();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await guesser.GetAsync($"/api/survey-form/AAAAA-BBBB{i + 2}")).StatusCode);
        }

        var refused = await guesser.GetAsync("/api/survey-form/AAAAA-BBBB9");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Contains("quá nhiều yêu cầu", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await guesser.GetAsync("/survey/AAAAA-BBBB9")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync("/public")).StatusCode);
    }
}
