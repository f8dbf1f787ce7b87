using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using ParIndex.Application.Common;
using ParIndex.Application.SetupImport;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

public sealed partial class SetupImportEndpointsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    private const string AdminPassword = "mùa lúa chín trên đồng quê";

    [Fact]
    public async Task ImportedAccount_SignsInOnceWithItsOneTimePassword_AndMustChangeItBeforeAnythingElse()
    {
        await portal.CreateUserAsync("quantri.nhap", AdminPassword, Roles.Administrator);
        var admin = portal.CreateBrowser();
        await LoginForm.SignInAsync(admin, "quantri.nhap", AdminPassword);

        var template = await admin.GetAsync("/api/setup-imports/accounts/template");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        Assert.StartsWith("Tên đăng nhập,Họ tên,Email,Mã đơn vị,Vai trò", (await template.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);

        var file = Encoding.UTF8.GetBytes("Tên đăng nhập,Họ tên,Vai trò\r\nlanhdao.nhap,Phạm Văn Dũng,Lãnh đạo tỉnh\r\n");
        var preview = await (await admin.PostAsync("/api/setup-imports/accounts/preview", Upload(file))).Content.ReadFromJsonAsync<SetupImportPreview>();
        Assert.True(preview!.CanImport);
        var saved = await admin.PostAsync("/api/setup-imports/accounts", Upload(file, preview.Sha256));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("no-store", saved.Headers.CacheControl?.ToString());
        var list = await saved.Content.ReadAsStringAsync();
        var oneTime = PasswordOf().Match(list).Groups[1].Value;
        Assert.NotEmpty(oneTime);

        var person = portal.CreateBrowser();
        await LoginForm.SignInAsync(person, "lanhdao.nhap", oneTime);
        var home = await person.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/account/change-password", home.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync("/api/me")).StatusCode);

        var form = await person.GetStringAsync("/account/change-password");
        var changed = await person.PostAsync("/account/change-password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "change-password",
            ["__RequestVerificationToken"] = TokenOf().Match(form).Groups[1].Value,
            ["Input.Current"] = oneTime,
            ["Input.New"] = "đồng lúa quê hương mới",
            ["Input.Confirm"] = "đồng lúa quê hương mới",
        }));
        Assert.Equal(HttpStatusCode.Found, changed.StatusCode);
        Assert.NotEqual(HttpStatusCode.Redirect, (await person.GetAsync("/")).StatusCode);

        var again = await LoginForm.PostAsync(portal.CreateBrowser(), "lanhdao.nhap", oneTime);
        Assert.Contains(LoginForm.FailedMessageStart, await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string? sha = null)
    {
        var content = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", "tai-khoan.csv" } };
        if (sha is not null)
        {
            content.Add(new StringContent(sha), "previewedSha256");
        }

        return content;
    }

    [GeneratedRegex("lanhdao\\.nhap,Phạm Văn Dũng,([A-Za-z0-9-]+)")]
    private static partial Regex PasswordOf();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenOf();
}
