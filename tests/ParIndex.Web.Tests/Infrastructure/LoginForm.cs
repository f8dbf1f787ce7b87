using System.Net;
using System.Text.RegularExpressions;

namespace ParIndex.Web.Tests.Infrastructure;

/// <summary>Signs in the way a browser does: GET the static form for its antiforgery token, then POST it.</summary>
public static partial class LoginForm
{
    public const string FailedMessageStart = "Tên đăng nhập hoặc mật khẩu không đúng";

    public static async Task<string> TokenAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/account/login");
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The sign-in form has no antiforgery token.");
        return match.Groups[1].Value;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string userName, string password, string? token = null,
        string path = "/account/login")
    {
        token ??= await TokenAsync(client);
        return await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        }));
    }

    /// <summary>Signs in and asserts the redirect a successful sign-in gives.</summary>
    public static async Task SignInAsync(HttpClient client, string userName, string password)
    {
        var response = await PostAsync(client, userName, password);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ParIndex.Auth=", StringComparison.Ordinal));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
