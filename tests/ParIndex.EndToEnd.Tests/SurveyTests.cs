using System.Text.Json;
using Microsoft.Playwright;
using ParIndex.EndToEnd.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// Home Affairs opens a survey of the departments and issues a code; a respondent without an account fills the
/// matrix on a 390 px phone screen, one department per screen, leaves and comes back, confirms and submits once.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SurveyTests(PortalFixture fixture)
{
    [Fact]
    public async Task Respondent_FillsTheMatrixOnAPhone_ComesBack_ConfirmsAndSubmitsOnce()
    {
        var admin = await fixture.NewPageAsync();
        await admin.SignInAsync("admin");
        var code = await OpenSurveyWithOneCodeAsync(admin.APIRequest);

        var phone = await fixture.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync("/survey");
        await phone.WaitForInteractiveAsync();
        await phone.Locator("#code-input").FillAsync(code.ToLowerInvariant());
        await phone.Locator("#code-start").ClickAsync();
        await Expect(phone.Locator("#unit-heading")).ToContainTextAsync("Đơn vị 1/");
        var units = await phone.Locator("nav ul.units li").CountAsync();
        Assert.True(units >= 10, $"{units} departments on the form");

        // The first department: a native radio with its label, chosen by keyboard.
        await phone.GetByLabel("B. Tốt").First.FocusAsync();
        await phone.Keyboard.PressAsync("Space");
        await Expect(phone.Locator("#survey-progress")).ToContainTextAsync("Đã trả lời 1/");
        await phone.SaveScreenshotAsync("survey-form-390", fullPage: true);
        await phone.Locator("#survey-next").ClickAsync();
        await phone.GetByLabel("A. Rất tốt").First.CheckAsync();
        await Expect(phone.Locator("#survey-progress")).ToContainTextAsync("Đã trả lời 2/");

        // Leave and come back with the same code: the answers are kept, and the form opens at the next department.
        var again = await fixture.NewPageAsync();
        await again.SetViewportSizeAsync(390, 844);
        await again.GotoAsync($"/survey/{code}");
        await again.WaitForInteractiveAsync();
        await Expect(again.Locator("#survey-progress")).ToContainTextAsync("Đã trả lời 2/");
        await Expect(again.Locator("#unit-heading")).ToContainTextAsync("Đơn vị 3/");

        for (var i = 2; i < units; i++)
        {
            await again.GetByLabel(i % 3 == 0 ? "X. Không đủ thông tin để đánh giá" : "C. Trung bình").First.CheckAsync();
            await Expect(again.Locator("#survey-progress")).ToContainTextAsync($"Đã trả lời {i + 1}/");
            if (i < units - 1)
            {
                await again.Locator("#survey-next").ClickAsync();
            }
        }

        await again.Locator("#survey-review").ClickAsync();
        await Expect(again.Locator("#survey-confirm")).ToContainTextAsync("không sửa được");
        await again.SaveScreenshotAsync("survey-confirm-390", fullPage: false);
        await again.Locator("#survey-send").ClickAsync();
        await Expect(again.Locator("#survey-thanks")).ToContainTextAsync("Cảm ơn");
        await again.SaveScreenshotAsync("survey-thanks-390", fullPage: false);

        // The first tab's code is used now: opening it again says so, in Vietnamese.
        await phone.GotoAsync($"/survey/{code}");
        await Expect(phone.Locator("#survey-refusal")).ToContainTextAsync("chỉ gửi được một lần");
    }

    /// <summary>Through the same API the pages' handlers serve: a draft, one question on A1.8, departments rated, opened, one code.</summary>
    private static async Task<string> OpenSurveyWithOneCodeAsync(IAPIRequestContext api)
    {
        using var periods = JsonDocument.Parse(await (await api.GetAsync("/api/periods")).TextAsync());
        var period = periods.RootElement.EnumerateArray().OrderByDescending(p => p.GetProperty("year").GetInt32()).First().GetProperty("id").GetString();
        using var blocks = JsonDocument.Parse(await (await api.GetAsync("/api/blocks")).TextAsync());
        var departments = blocks.RootElement.EnumerateArray().Single(b => b.GetProperty("code").GetString() == "SBN").GetProperty("id").GetString();

        var created = await Ok(await api.PostAsync("/api/surveys", Json(new { periodId = period, title = "Điều tra xã hội học (thử nghiệm)", minimumAnswers = 1 })));
        var id = JsonDocument.Parse(created).RootElement.GetProperty("id").GetString();
        await Ok(await api.PostAsync($"/api/surveys/{id}/questions",
            Json(new { criterionCode = "A1.8", text = "Ông/bà đánh giá thế nào về chất lượng chỉ đạo, điều hành CCHC của Sở?" })));
        await Ok(await api.PostAsync($"/api/surveys/{id}/groups", Json(new { name = "Lãnh đạo UBND cấp xã", ratedBlockIds = new[] { departments } })));
        await Ok(await api.PostAsync($"/api/surveys/{id}/open",
            Json(new { opensAtUtc = DateTime.UtcNow.AddMinutes(-1), closesAtUtc = DateTime.UtcNow.AddDays(7) })));
        using var view = JsonDocument.Parse(await (await api.GetAsync($"/api/surveys/{id}")).TextAsync());
        var group = view.RootElement.GetProperty("groups")[0].GetProperty("id").GetString();
        var codes = await Ok(await api.PostAsync($"/api/surveys/{id}/invitations", Json(new { groupId = group, count = 1 })));
        return JsonDocument.Parse(codes).RootElement[0].GetString()!;
    }

    private static APIRequestContextOptions Json(object body) => new() { DataObject = body };

    private static async Task<string> Ok(IAPIResponse response)
    {
        var text = await response.TextAsync();
        Assert.True(response.Ok, $"{response.Status} {text}");
        return text;
    }
}
