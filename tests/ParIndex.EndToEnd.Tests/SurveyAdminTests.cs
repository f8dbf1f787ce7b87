using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// Home Affairs on the survey's page: edits the answer weights the Vietnamese way ("62,5"), is refused a weight it
/// cannot read, opens the survey, makes a service point's SIPAS link from N and e (the sample n shown as typed) and
/// prints its QR poster; a citizen answers the link on a 390 px phone once.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class SurveyAdminTests(PortalFixture fixture)
{
    [Fact]
    public async Task HomeAffairs_EditsWeightsInVietnamese_MakesASipasLink_AndACitizenAnswersItOnAPhone()
    {
        var admin = await fixture.NewPageAsync();
        await admin.SignInAsync("admin");
        var survey = await DraftSurveyAsync(admin.APIRequest);

        await admin.GotoAsync($"/surveys/{survey}");
        await admin.WaitForInteractiveAsync();
        var weightB = admin.Locator("#scoring-options input[data-option='B']");
        var weightC = admin.Locator("#scoring-options input[data-option='C']");
        await Expect(weightB).ToHaveValueAsync("60");
        await weightB.FillAsync("62,5");
        await weightC.FillAsync("hai mươi");
        await weightC.BlurAsync();
        await admin.Locator("#save-scoring").ClickAsync();
        await Expect(admin.Locator("#survey-admin-error")).ToContainTextAsync("Hãy sửa các số chưa hợp lệ");
        await weightC.FillAsync("20,25");
        await weightC.BlurAsync();
        await admin.Locator("#save-scoring").ClickAsync();
        await Expect(admin.Locator("#survey-admin-notice")).ToContainTextAsync("Đã lưu cách tính điểm");
        await admin.SaveScreenshotAsync("survey-weights", fullPage: true);

        // Read back from the stored design: 62,5 and 20,25, never rounded or "corrected".
        await admin.ReloadAsync();
        await admin.WaitForInteractiveAsync();
        await Expect(weightB).ToHaveValueAsync("62,5");
        await Expect(weightC).ToHaveValueAsync("20,25");
        using (var view = JsonDocument.Parse(await (await admin.APIRequest.GetAsync($"/api/surveys/{survey}")).TextAsync()))
        {
            var weights = view.RootElement.GetProperty("options").EnumerateArray()
                .ToDictionary(o => o.GetProperty("key").GetString()!, o => o.GetProperty("weight").ValueKind == JsonValueKind.Null ? (decimal?)null : o.GetProperty("weight").GetDecimal());
            Assert.Equal((100m, 62.5m, 20.25m, 0m, (decimal?)null), (weights["A"], weights["B"], weights["C"], weights["D"], weights["X"]));
        }

        await admin.Locator("#open-survey").ClickAsync();
        await Expect(admin.Locator("#sipas-panel")).ToBeVisibleAsync();
        await admin.Locator("#sipas-population").FillAsync("1.000");
        await admin.Locator("#sipas-margin").FillAsync("0,05");
        await admin.Locator("#sipas-margin").BlurAsync();
        await Expect(admin.Locator("#sipas-sample")).ToContainTextAsync("n = 286");
        await admin.Locator("#sipas-create").ClickAsync();
        var row = admin.Locator("#sipas-links tbody tr").First;
        await Expect(row).ToContainTextAsync("286");
        await Expect(row.Locator("svg")).ToHaveCountAsync(1);
        await admin.SaveScreenshotAsync("survey-sipas-links", fullPage: true);
        var link = LinkPattern().Match(await row.InnerTextAsync()).Value;
        Assert.NotEmpty(link);

        await admin.Locator("#sipas-print").ClickAsync();
        await Expect(admin.Locator("#sipas-posters section.poster svg")).ToHaveCountAsync(1);
        await admin.SaveScreenshotAsync("survey-sipas-poster", fullPage: true);

        var phone = await fixture.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync(new Uri(link).PathAndQuery);
        await phone.WaitForInteractiveAsync();
        await Expect(phone.Locator("#sipas-send")).ToBeEnabledAsync();
        await phone.Locator("#sipas-send").ClickAsync();
        await Expect(phone.Locator("#sipas-error")).ToContainTextAsync("còn 1 câu chưa chọn");
        await phone.GetByLabel("B. Tốt").First.CheckAsync();
        await phone.SaveScreenshotAsync("sipas-form-390", fullPage: true);
        await phone.Locator("#sipas-send").ClickAsync();
        await Expect(phone.Locator("#sipas-thanks")).ToContainTextAsync("Cảm ơn");

        // The same browser again: refused politely, nothing counted twice.
        await phone.ReloadAsync();
        await phone.WaitForInteractiveAsync();
        await phone.GetByLabel("A. Rất tốt").First.CheckAsync();
        await phone.Locator("#sipas-send").ClickAsync();
        await Expect(phone.Locator("#sipas-error")).ToContainTextAsync("đã gửi phiếu khảo sát cho đơn vị này");
        using var links = JsonDocument.Parse(await (await admin.APIRequest.GetAsync($"/api/surveys/{survey}/sipas")).TextAsync());
        Assert.Equal(1, links.RootElement[0].GetProperty("received").GetInt32());
    }

    /// <summary>A draft with one question on A1.8 and two groups rating the departments, through the pages' handlers' API.</summary>
    private static async Task<string> DraftSurveyAsync(IAPIRequestContext api)
    {
        using var periods = JsonDocument.Parse(await (await api.GetAsync("/api/periods")).TextAsync());
        var period = periods.RootElement.EnumerateArray().OrderByDescending(p => p.GetProperty("year").GetInt32()).First().GetProperty("id").GetString();
        using var blocks = JsonDocument.Parse(await (await api.GetAsync("/api/blocks")).TextAsync());
        var departments = blocks.RootElement.EnumerateArray().Single(b => b.GetProperty("code").GetString() == "SBN").GetProperty("id").GetString();
        var created = await Ok(await api.PostAsync("/api/surveys", Json(new { periodId = period, title = "Khảo sát SIPAS (thử nghiệm)", minimumAnswers = 1 })));
        var id = JsonDocument.Parse(created).RootElement.GetProperty("id").GetString()!;
        await Ok(await api.PostAsync($"/api/surveys/{id}/questions", Json(new { criterionCode = "A1.8", text = "Ông/bà hài lòng với việc giải quyết hồ sơ tại đơn vị?" })));
        await Ok(await api.PostAsync($"/api/surveys/{id}/groups", Json(new { name = "Người dân, doanh nghiệp", ratedBlockIds = new[] { departments } })));
        return id;
    }

    private static APIRequestContextOptions Json(object body) => new() { DataObject = body };

    private static async Task<string> Ok(IAPIResponse response)
    {
        var text = await response.TextAsync();
        Assert.True(response.Ok, $"{response.Status} {text}");
        return text;
    }

    [GeneratedRegex(@"https?://\S+/sipas/[A-Z0-9]{10}")]
    private static partial Regex LinkPattern();
}
