using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParIndex.Application.Common;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests.Localization;

/// <summary>
/// One source of wording, for the imports: files that are wrong in every way an import checks (a column missing, cells
/// empty, too long or unknown, a unit twice, a date that is no date) are previewed and confirmed through the API by an
/// administrator who chose English, and no Vietnamese letter comes back; without the choice the same answers are
/// Vietnamese. The files keep their Vietnamese headers — the file format — and carry only ASCII values.
/// </summary>
public sealed partial class ImportRefusalLanguageTests(ImportRefusalLanguageTests.Fixture portal) : IClassFixture<ImportRefusalLanguageTests.Fixture>
{
    private const string Password = "Song-Hong@Wording2026";

    public sealed class Fixture : PortalFactory, IAsyncLifetime
    {
        public async Task InitializeAsync() => await CreateUserAsync("nhapsai.qt", Password, Roles.Administrator);

        Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
    }

    /// <summary>Each bad file and the endpoint previewing it; the confirmation is the same path without "/preview".</summary>
    public static TheoryData<string, string> BadFiles() => new()
    {
        { "/api/setup-imports/units/preview", "Mã đơn vị,Tên đơn vị\r\nU1,Unit one\r\n" },
        { "/api/setup-imports/units/preview", "Mã đơn vị,Tên đơn vị,Tên viết tắt,Mã khối\r\nbad code!,Unit one,,NOBLOCK\r\nU2,,,NOBLOCK\r\nU2,Unit two," + new string('x', 300) + ",NOBLOCK\r\n" },
        { "/api/setup-imports/accounts/preview", "Tên đăng nhập,Họ tên\r\nuser1,User One\r\n" },
        { "/api/setup-imports/accounts/preview", "Tên đăng nhập,Họ tên,Email,Mã đơn vị,Vai trò\r\nbad name!,,not-an-email,NOUNIT,Boss\r\nuser2,User Two,,NOUNIT,Administrator\r\nuser2,User Two,,,AgencyStaff\r\n" },
        { "/api/past-results/preview", "Năm,Chỉ số\r\n2020,80\r\n" },
        { "/api/past-results/preview", "Năm,Mã đơn vị,Chỉ số,Xếp loại,Hạng,Ngày quyết định\r\n1999,NOUNIT,150,Great,0,yesterday\r\n2020,,x,,,\r\n" },
        { "/api/units/bulk-merges/preview", "Mã đơn vị cũ,Ngày hiệu lực\r\nOLD1,01/07/2025\r\n" },
        { "/api/units/bulk-merges/preview", "Mã đơn vị cũ,Mã đơn vị mới,Ngày hiệu lực,Số quyết định\r\nOLD1,NEW1,31/02/2025,\r\n,,,\r\nOLD1,OLD1,01/07/2025," + new string('9', 200) + "\r\n" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task InEnglish_ABadImport_IsRefusedWithoutAVietnameseWord(string preview, string file)
    {
        var admin = await SignedInAsync("en-US");

        var (previewed, sha) = await PreviewAsync(admin, preview, file);
        var confirmed = await ReadAsync(await admin.PostAsync(preview[..^"/preview".Length], Form(file, sha)));

        Assert.NotEmpty(previewed);
        Assert.False(VietnameseLetters().IsMatch(previewed), previewed);
        Assert.False(VietnameseLetters().IsMatch(confirmed), confirmed);
        Assert.Matches("missing|not valid|no unit|no block|empty|There is|is not|repeats|has no", previewed);
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task InVietnamese_TheSameImport_IsRefusedInVietnamese(string preview, string file)
    {
        var admin = await SignedInAsync(culture: null);

        var (previewed, sha) = await PreviewAsync(admin, preview, file);
        var confirmed = await ReadAsync(await admin.PostAsync(preview[..^"/preview".Length], Form(file, sha)));

        Assert.Matches("Thiếu|không hợp lệ|Không có|không có|để trống|trùng|không đúng", previewed);
        Assert.True(VietnameseLetters().IsMatch(confirmed), confirmed);
    }

    [Fact]
    public async Task InEnglish_TheNamedRefusals_ReadAsWritten()
    {
        var admin = await SignedInAsync("en-US");

        var (units, _) = await PreviewAsync(admin, "/api/setup-imports/units/preview", "Mã đơn vị,Tên đơn vị\r\nU1,Unit one\r\n");
        var (accounts, _) = await PreviewAsync(admin, "/api/setup-imports/accounts/preview",
            "Tên đăng nhập,Họ tên,Email,Vai trò\r\nuser3,User Three,not-an-email,Administrator\r\n");
        var (merges, _) = await PreviewAsync(admin, "/api/units/bulk-merges/preview",
            "Mã đơn vị cũ,Mã đơn vị mới,Ngày hiệu lực,Số quyết định\r\nOLD1,NEW1,31/02/2025,12/NQ\r\n");

        Assert.Contains("Column \"Block\" is missing.", units, StringComparison.Ordinal);
        Assert.Contains("Column \"E-mail\": \"not-an-email\" is not a valid e-mail address.", accounts, StringComparison.Ordinal);
        Assert.Contains("The effective date \"31/02/2025\" is not a day/month/year date", merges, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync(string? culture)
    {
        var client = portal.CreateBrowser();
        if (culture is not null)
        {
            var set = await client.GetAsync($"/culture/set?culture={culture}&redirectUri=%2F");
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        }

        await LoginForm.SignInAsync(client, "nhapsai.qt", Password);
        return client;
    }

    private static async Task<(string Text, string Sha256)> PreviewAsync(HttpClient client, string path, string file)
    {
        var response = await client.PostAsync(path, Form(file, sha256: null));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        var sha = json.RootElement.GetProperty("sha256").GetString()!;

        // The file's own values come back too (names, codes); the messages are what is read.
        return (string.Join(" | ", Strings(json.RootElement)), sha);
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or (HttpStatusCode)422, $"{response.StatusCode}: {body}");
        using var json = JsonDocument.Parse(body);
        return string.Join(" | ", Strings(json.RootElement));
    }

    private static MultipartFormDataContent Form(string file, string? sha256)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(file)), "file", "bad-file.csv" } };
        if (sha256 is not null)
        {
            form.Add(new StringContent(sha256), "previewedSha256");
        }

        return form;
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [element.GetString()!],
        _ => [],
    };

    // ă â đ ê ô ơ ư and the tone marks: letters English never has.
    [GeneratedRegex("[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ]")]
    private static partial Regex VietnameseLetters();
}
