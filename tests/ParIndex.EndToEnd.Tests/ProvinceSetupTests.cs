using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;
using ParIndex.Application.Frameworks;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;
using ParIndex.EndToEnd.Tests.Infrastructure;
using ParIndex.Infrastructure.Persistence;
using static Microsoft.Playwright.Assertions;

namespace ParIndex.EndToEnd.Tests;

/// <summary>
/// Issue 18's "Done when", in Chromium on an empty install (no demo data): Home Affairs sets up a 150-unit province from
/// two spreadsheets, opens the period, assigns its inspectors by block in a few clicks; an inspector works from a
/// filtered queue; a unit submits and its inspector is told, in the portal and by e-mail through the outbox.
/// </summary>
[Collection(EmptyInstallPortal.Name)]
public sealed class ProvinceSetupTests(ProvinceSetupTests.OwnPortal fixture)
{
    private const string NewPassword = "lúa chín vàng trên đồng 2027";

    /// <summary>The province's blocks: code, name, kind, ranked, and how many units the file brings for each.</summary>
    private static readonly (string Code, string Name, BlockKind Kind, bool Ranked, int Units)[] Blocks =
    [
        ("SBN", "Sở, ban, ngành", BlockKind.Department, true, 25),
        ("NDOC", "Cơ quan ngành dọc", BlockKind.VerticalAgency, false, 10),
        ("XA", "Xã, phường", BlockKind.CommuneWard, true, 115),
    ];

    /// <summary>The communes with a real-looking name; the others are numbered. Only one has "Thanh Lâm" in it.</summary>
    private static readonly string[] NamedCommunes = ["Xã Thanh Lâm", "Phường Hòa Bình", "Xã Đông Sơn", "Phường Quang Trung", "Xã Yên Thành"];

    [Fact]
    public async Task HomeAffairs_SetsUpA150UnitProvinceFromTwoSpreadsheets_AssignsByBlock_WorksFromAFilteredQueue_AndIsToldOfASubmission()
    {
        var admin = await fixture.NewPageAsync();
        await admin.SignInAsync(OwnPortal.AdminUserName, OwnPortal.AdminPassword);
        await admin.SaveScreenshotAsync("province-00-empty-home");

        // What exists before the spreadsheets: the blocks and one framework per kind (through the API, as a script would).
        foreach (var (code, name, kind, ranked, _) in Blocks)
        {
            var created = await admin.APIRequest.PostAsync("/api/blocks", new()
            {
                DataObject = new { code, name, nameEn = (string?)null, kind = (int)kind, isRanked = ranked, sortOrder = Array.FindIndex(Blocks, b => b.Code == code) + 1 },
            });
            Assert.True(created.Ok, await created.TextAsync());
        }

        await ImportFrameworkAsync(admin, "Bộ chỉ số thử khối sở", BlockKind.Department);
        await ImportFrameworkAsync(admin, "Bộ chỉ số thử khối xã", BlockKind.CommuneWard);

        // 1. Units from an Excel file written with the template's columns.
        var units = UnitRows();
        var unitHeader = await TemplateHeaderAsync(admin, "/api/setup-imports/units/template");
        Assert.Equal(["Mã đơn vị", "Tên đơn vị", "Tên viết tắt", "Mã khối"], unitHeader);
        await admin.GotoAsync("/admin/units");
        await admin.WaitForInteractiveAsync();
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Nhập từ tệp" }).ClickAsync();
        await ChooseAsync(admin, "units-choose", "don-vi-tinh.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Xlsx(unitHeader, units.Select(u => new[] { u.Code, u.Name, string.Empty, u.Block })));
        await Expect(admin.Locator("#units-summary")).ToContainTextAsync("150 dòng, 0 dòng có lỗi; sẽ tạo mới 150");
        await admin.SaveScreenshotAsync("province-01-units-preview");
        await admin.ClickAsync("#units-confirm");
        await Expect(admin.Locator("#units-done")).ToContainTextAsync("tạo mới 150");
        await admin.SaveScreenshotAsync("province-02-units-imported");
        Assert.Equal(150, (await GetJsonAsync(admin, "/api/units")).GetArrayLength());

        // 2. Accounts from a CSV file: the template as downloaded, with a line per person added below its help lines.
        var accounts = AccountRows(units);
        var accountTemplate = await TextAsync(admin, "/api/setup-imports/accounts/template");
        Assert.StartsWith("Tên đăng nhập,Họ tên,Email,Mã đơn vị,Vai trò", accountTemplate, StringComparison.Ordinal);
        var accountFile = accountTemplate.TrimEnd() + "\n" + string.Join("\n", accounts.Select(a => $"{a.UserName},{a.FullName},{a.Email},{a.Unit},{a.Role}")) + "\n";
        await admin.GotoAsync("/admin/users");
        await admin.WaitForInteractiveAsync();
        await admin.Locator("#accounts-import .mud-expand-panel-header").ClickAsync();
        await ChooseAsync(admin, "accounts-choose", "tai-khoan.csv", "text/csv", Encoding.UTF8.GetBytes(accountFile));
        await Expect(admin.Locator("#accounts-summary")).ToContainTextAsync($"{accounts.Count} dòng, 0 dòng có lỗi; sẽ tạo mới {accounts.Count}");
        await admin.SaveScreenshotAsync("province-03-accounts-preview");
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.ClickAsync("#accounts-confirm"));
        await Expect(admin.Locator("#accounts-done")).ToContainTextAsync($"Đã tạo {accounts.Count} tài khoản");
        await admin.EvaluateAsync("window.scrollTo(0, 0)");
        var passwords = await OneTimePasswordsAsync(download);
        Assert.Equal(accounts.Count, passwords.Count);
        await admin.SaveScreenshotAsync("province-04-accounts-imported");
        Assert.Equal(accounts.Count + 1, (await GetJsonAsync(admin, "/api/users")).GetArrayLength());

        // 3. The period: created with the dialog's defaults, a framework per block, opened for self-assessment.
        await admin.GotoAsync("/admin/periods");
        await admin.WaitForInteractiveAsync();
        await admin.ClickAsync("#create-period");
        await admin.ClickAsync("#save-period");
        await Expect(admin.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        foreach (var (_, name, kind, _, _) in Blocks)
        {
            var framework = kind == BlockKind.CommuneWard ? "Bộ chỉ số thử khối xã (v1)" : "Bộ chỉ số thử khối sở (v1)";
            var row = admin.Locator($"tr[data-block='{name}']");
            await row.Locator("div.mud-select").First.ClickAsync();
            await admin.GetByRole(AriaRole.Option, new() { Name = framework }).ClickAsync();
            await Expect(admin.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
            await Expect(row).ToContainTextAsync(framework);
        }

        await admin.SaveScreenshotAsync("province-05-period-frameworks");
        await admin.ClickAsync(".workflow-link");
        await admin.WaitForInteractiveAsync();
        await admin.ClickAsync(".step-forward[data-target='SelfAssessmentOpen']");
        await admin.ClickAsync("#step-confirm");
        await Expect(admin.Locator("#unit-states")).ToContainTextAsync("150");
        await admin.SaveScreenshotAsync("province-06-period-open");
        var periodId = new Uri(admin.Url).AbsolutePath.Split('/')[2];

        // 4. Bulk assignment: an inspector, two blocks ticked, one click; a second inspector takes the third block.
        await admin.ClickAsync("#assignments-link");
        await admin.WaitForInteractiveAsync();
        await AssignBlocksAsync(admin, "Nguyễn Văn An", "Sở, ban, ngành", "Xã, phường");
        await AssignBlocksAsync(admin, "Trần Thị Bình", "Cơ quan ngành dọc");
        await admin.SaveScreenshotAsync("province-07-bulk-assigned", fullPage: false);
        await admin.Locator("#assignments").ScrollIntoViewIfNeededAsync();
        await admin.SaveScreenshotAsync("province-07b-assignments-list", fullPage: false);
        var load = await GetJsonAsync(admin, $"/api/periods/{periodId}/assignments/load");
        var unitsOf = load.EnumerateArray().ToDictionary(l => l.GetProperty("inspector").GetString()!, l => l.GetProperty("units").GetInt32());
        Assert.Equal(140, unitsOf.Single(l => l.Key.Contains("Nguyễn Văn An", StringComparison.Ordinal)).Value);
        Assert.Equal(10, unitsOf.Single(l => l.Key.Contains("Trần Thị Bình", StringComparison.Ordinal)).Value);

        // 5. The inspector's first sign-in (the one-time password is changed), then the queue, narrowed step by step.
        var inspector = await fixture.NewPageAsync();
        await FirstSignInAsync(inspector, "tdv.an", passwords["tdv.an"]);
        await inspector.GotoAsync("/appraisal");
        await inspector.WaitForInteractiveAsync();
        await Expect(inspector.Locator("#work-count")).ToHaveTextAsync("Hiển thị 140/140 đơn vị");
        await inspector.SaveScreenshotAsync("province-08-queue", fullPage: false);
        await inspector.ClickAsync("#work-toggle");
        await Expect(inspector).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("mine=true", System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Expect(inspector.Locator("#work-count")).ToHaveTextAsync("Hiển thị 140/140 đơn vị");
        await inspector.Locator("div.mud-select", new() { Has = inspector.Locator("#work-block") }).Last.ClickAsync();
        await inspector.GetByRole(AriaRole.Option, new() { Name = "Xã, phường" }).ClickAsync();
        await Expect(inspector.Locator("#work-count")).ToHaveTextAsync("Hiển thị 115/140 đơn vị");
        await inspector.Locator("#work-search").FillAsync("thanh lam");
        await Expect(inspector.Locator("#work-count")).ToHaveTextAsync("Hiển thị 1/140 đơn vị");
        await Expect(inspector.Locator(".queue-unit")).ToHaveTextAsync("Xã Thanh Lâm");
        await inspector.SaveScreenshotAsync("province-09-queue-filtered");

        // 6. The unit's leader (first sign-in too) answers and submits; the inspector is told in the portal and by e-mail.
        var thanhLam = units.Single(u => u.Name == "Xã Thanh Lâm");
        var leader = await fixture.NewPageAsync();
        await FirstSignInAsync(leader, $"lanhdao.{thanhLam.Code.ToLowerInvariant()}", passwords[$"lanhdao.{thanhLam.Code.ToLowerInvariant()}"]);
        await leader.GotoAsync("/self-assessment");
        await leader.WaitForInteractiveAsync();
        await Expect(leader.Locator("#sa-unit")).ToHaveTextAsync("Xã Thanh Lâm");
        await leader.SaveScreenshotAsync("province-10-unit-self-assessment", fullPage: false);
        var card = leader.Locator("[data-code='A1']");
        await card.Locator("[data-field='A1-done']").GetByText("Có", new() { Exact = true }).ClickAsync();
        await Expect(card.Locator(".saved-at")).ToBeVisibleAsync();
        await leader.ClickAsync("#submit-assessment");
        await leader.ClickAsync("#submit-confirm");
        await Expect(leader.Locator("#submit-confirm-button")).ToBeEnabledAsync();
        await leader.SaveScreenshotAsync("province-11-unit-submit-dialog", fullPage: false);
        await leader.ClickAsync("#submit-confirm-button");
        await Expect(leader.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await leader.SaveScreenshotAsync("province-12-unit-submitted", fullPage: false);
        await Expect(leader.Locator("#sa-submitted")).ToBeVisibleAsync();

        await inspector.GotoAsync("/notices");
        await inspector.WaitForInteractiveAsync();
        await Expect(inspector.Locator("body")).ToContainTextAsync("Đơn vị đã gửi bản tự đánh giá");
        await Expect(inspector.Locator("body")).ToContainTextAsync("Xã Thanh Lâm");
        await inspector.SaveScreenshotAsync("province-13-inspector-notice");
        var mail = await WaitForMailAsync("tdv.an@snv.tinh-thu.gov.vn");
        Assert.Contains("Đơn vị đã gửi bản tự đánh giá", mail.Subject, StringComparison.Ordinal);
        var link = (mail.TextBody ?? string.Empty).Split(OwnPortal.PublicUrl)[1].Split(['\r', '\n'])[0];
        Assert.StartsWith($"/self-assessment/{periodId}/units/", link, StringComparison.Ordinal);

        // The e-mail's link, opened by the inspector: the unit's submitted sheet.
        await inspector.GotoAsync(link);
        await inspector.WaitForInteractiveAsync();
        await Expect(inspector.Locator("#sa-unit")).ToHaveTextAsync("Xã Thanh Lâm");
        await Expect(inspector.Locator("#sa-submitted")).ToBeVisibleAsync();
        await inspector.SaveScreenshotAsync("province-14-inspector-follows-the-link", fullPage: false);
    }

    [Fact]
    public async Task NarrowScreen_AMenuLinkClosesTheDrawer()
    {
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SignInAsync(OwnPortal.AdminUserName, OwnPortal.AdminPassword);
        var drawer = page.Locator(".mud-drawer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await Expect(drawer.Locator("a[href='/admin/units']")).ToBeInViewportAsync();
        await Expect(drawer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--open"));
        await page.SaveScreenshotAsync("narrow-menu-open", fullPage: false);

        await drawer.Locator("a[href='/admin/units']").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/units$"));
        await Expect(drawer).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("mud-drawer--closed"));
        await Expect(page.GetByText("Quản lý đơn vị và khối")).ToBeVisibleAsync();
        await Expect(drawer.Locator("a[href='/admin/units']")).Not.ToBeInViewportAsync();
        await page.SaveScreenshotAsync("narrow-menu-closed-after-link", fullPage: false);
    }

    private sealed record UnitRow(string Code, string Name, string Block);

    private sealed record AccountRow(string UserName, string FullName, string Email, string Unit, string Role);

    private static List<UnitRow> UnitRows()
    {
        var rows = new List<UnitRow>();
        foreach (var (code, _, kind, _, count) in Blocks)
        {
            for (var i = 1; i <= count; i++)
            {
                var name = kind switch
                {
                    BlockKind.Department => $"Sở chuyên ngành {i:00}",
                    BlockKind.VerticalAgency => $"Cơ quan ngành dọc {i:00}",
                    _ => i <= NamedCommunes.Length ? NamedCommunes[i - 1] : $"Xã số {i:000}",
                };
                rows.Add(new UnitRow($"{code}{i:000}", name, code));
            }
        }

        return rows;
    }

    /// <summary>Two people per unit (staff and leader) and five inspectors of Home Affairs: 305 accounts.</summary>
    private static List<AccountRow> AccountRows(IEnumerable<UnitRow> units)
    {
        var rows = units.SelectMany(u => new[]
        {
            new AccountRow($"canbo.{u.Code.ToLowerInvariant()}", $"Cán bộ {u.Name}", string.Empty, u.Code, "Cán bộ đầu mối"),
            new AccountRow($"lanhdao.{u.Code.ToLowerInvariant()}", $"Lãnh đạo {u.Name}", $"lanhdao.{u.Code.ToLowerInvariant()}@tinh-thu.gov.vn", u.Code, "Lãnh đạo cơ quan"),
        }).ToList();
        string[] inspectors = ["an:Nguyễn Văn An", "binh:Trần Thị Bình", "cuong:Lê Văn Cường", "dung:Phạm Thị Dung", "em:Hoàng Văn Em"];
        rows.AddRange(inspectors.Select(i => i.Split(':')).Select(i =>
            new AccountRow($"tdv.{i[0]}", i[1], $"tdv.{i[0]}@snv.tinh-thu.gov.vn", string.Empty, "Chuyên viên thẩm định")));
        return rows;
    }

    private async Task ImportFrameworkAsync(IPage admin, string name, BlockKind kind)
    {
        var document = new FrameworkDocument(kind == BlockKind.CommuneWard ? "XA-THU" : "SBN-THU", name, kind, 1, "QĐ thử nghiệm", false, 0m, 0m,
        [
            new FrameworkNodeDocument("A", null, NodeLevel.Domain, "Công tác chỉ đạo, điều hành", null, 10m, AssessmentMethod.SelfAssessed, RuleType.YesNo, "{}",
                WhenNothingToCount.FullPoints, null, null, []),
            new FrameworkNodeDocument("A1", "A", NodeLevel.Criterion, "Ban hành kế hoạch CCHC năm", null, 10m, AssessmentMethod.SelfAssessed, RuleType.YesNo, """{"yes":10,"no":0}""",
                WhenNothingToCount.FullPoints, null, null, []),
        ]);
        var workbook = fixture.Portal.Services.GetRequiredService<IFrameworkWorkbook>().Write(document);
        var form = admin.APIRequest.CreateFormData();
        form.Set("workbook", new FilePayload { Name = "khung.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook });
        var response = await admin.APIRequest.PostAsync("/api/frameworks/import", new() { Multipart = form });
        Assert.True(response.Ok, await response.TextAsync());
    }

    private static async Task<string> TextAsync(IPage page, string path)
    {
        var response = await page.APIRequest.GetAsync(path);
        Assert.True(response.Ok, path);
        return Encoding.UTF8.GetString(await response.BodyAsync()).TrimStart('\uFEFF');
    }

    private static async Task<string[]> TemplateHeaderAsync(IPage page, string path) =>
        (await TextAsync(page, path)).Split('\n')[0].TrimEnd('\r').Split(',');

    private static async Task<JsonElement> GetJsonAsync(IPage page, string path) =>
        JsonDocument.Parse(await TextAsync(page, path)).RootElement;

    /// <summary>Chooses the file as a person does: the button opens the browser's file chooser; the preview names it.</summary>
    private static async Task ChooseAsync(IPage page, string buttonId, string name, string mimeType, byte[] content)
    {
        await Expect(page.Locator($"#{buttonId}")).ToBeEnabledAsync();
        var chooser = await page.RunAndWaitForFileChooserAsync(() => page.ClickAsync($"#{buttonId}"));
        await chooser.SetFilesAsync(new FilePayload { Name = name, MimeType = mimeType, Buffer = content });
        await Expect(page.Locator("#preview-title")).ToContainTextAsync(name);
    }

    private static async Task AssignBlocksAsync(IPage admin, string inspector, params string[] blocks)
    {
        await admin.Locator("div.mud-select", new() { Has = admin.Locator("#bulk-inspector") }).Last.ClickAsync();
        await admin.GetByRole(AriaRole.Option, new() { Name = inspector }).First.ClickAsync();
        await Expect(admin.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        var total = 0;
        foreach (var block in blocks)
        {
            var panel = admin.Locator("[id^='bulk-block-']", new() { HasText = block });
            await panel.Locator(".mud-expand-panel-header").ClickAsync();
            await panel.Locator(".bulk-select-block").ClickAsync();
            total += Blocks.Single(b => b.Name == block).Units;
            await Expect(admin.Locator("#bulk-assign-button")).ToContainTextAsync(total.ToString(CultureInfo.InvariantCulture));
        }

        await admin.ClickAsync("#bulk-assign-button");
        await Expect(admin.Locator("#bulk-assign-button")).ToBeDisabledAsync();
        await Expect(admin.Locator("#inspector-load tr", new() { HasText = inspector })).ToContainTextAsync(total.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A person's first sign-in with the one-time password: the portal sends them to change it first.</summary>
    private static async Task FirstSignInAsync(IPage page, string userName, string oneTimePassword)
    {
        await page.GotoAsync("/account/login");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", oneTimePassword);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync(url => url.Contains("/account/change-password", StringComparison.Ordinal));
        await page.FillAsync("#current", oneTimePassword);
        await page.FillAsync("#new", NewPassword);
        await page.FillAsync("#confirm", NewPassword);
        await page.ClickAsync("#change-password");
        await page.WaitForURLAsync(url => !url.Contains("/account/", StringComparison.Ordinal));
        await page.WaitForInteractiveAsync();
    }

    /// <summary>The downloaded list: user name, full name, one-time password (quoted when it holds a comma or a quote).</summary>
    private static async Task<Dictionary<string, string>> OneTimePasswordsAsync(IDownload download)
    {
        using var reader = new StreamReader(await download.CreateReadStreamAsync(), Encoding.UTF8);
        var lines = (await reader.ReadToEndAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Skip(1).Select(line => CsvFields(line.TrimEnd('\r'))).ToDictionary(f => f[0], f => f[2], StringComparer.Ordinal);
    }

    private static List<string> CsvFields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }

    /// <summary>The outbox sender writes each message to the pickup folder (people in Bcc); waits (bounded) for one to the address.</summary>
    private async Task<MimeMessage> WaitForMailAsync(string to)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < until)
        {
            foreach (var file in Directory.Exists(fixture.MailFolder) ? Directory.GetFiles(fixture.MailFolder, "*.eml") : [])
            {
                MimeMessage message;
                try
                {
                    message = await MimeMessage.LoadAsync(file);
                }
                catch (IOException)
                {
                    continue; // still being written: read on the next pass
                }

                if (message.To.Mailboxes.Concat(message.Bcc.Mailboxes).Any(m => m.Address == to))
                {
                    return message;
                }
            }

            await Task.Delay(200);
        }

        await using var db = await fixture.Portal.Services.GetRequiredService<IDbContextFactory<ParIndexDbContext>>().CreateDbContextAsync();
        var waiting = await db.OutboxEmails.AsNoTracking().Where(e => e.To == to)
            .Select(e => $"{e.Subject} sent {e.SentAtUtc} attempts {e.Attempts} error {e.LastError}").ToListAsync();
        throw new TimeoutException($"No e-mail to {to} in {fixture.MailFolder} within 30 s; its outbox rows: {string.Join("; ", waiting)}");
    }

    /// <summary>A one-sheet workbook of inline texts, as Excel saves a typed-in table.</summary>
    private static byte[] Xlsx(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        using var stream = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var sheetPart = workbook.AddNewPart<DocumentFormat.OpenXml.Packaging.WorksheetPart>();
            var data = new DocumentFormat.OpenXml.Spreadsheet.SheetData();
            foreach (var cells in new[] { header.ToArray() }.Concat(rows))
            {
                data.Append(new DocumentFormat.OpenXml.Spreadsheet.Row(cells.Select(text => new DocumentFormat.OpenXml.Spreadsheet.Cell
                {
                    DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString,
                    InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)),
                })));
            }

            sheetPart.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(data);
            workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(new DocumentFormat.OpenXml.Spreadsheet.Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = "Đơn vị",
            }));
        }

        return stream.ToArray();
    }

    /// <summary>
    /// An empty install: no demo data, only the first administrator named in the configuration (as in production), the
    /// outbox sent every second to a pickup folder of its own, links built from a public address.
    /// </summary>
    public sealed class OwnPortal : IAsyncLifetime
    {
        public const string AdminUserName = "quantri.snv";
        public const string AdminPassword = "Sở Nội vụ tỉnh thử nghiệm 2027";
        public const string PublicUrl = "https://cchc.tinh-thu.gov.vn";

        private Browser _browser = default!;

        public OwnPortal()
        {
            Portal = new RunningPortal(new Dictionary<string, string?>
            {
                ["Demo:Enabled"] = "false",
                ["Bootstrap:AdministratorUserName"] = AdminUserName,
                ["Bootstrap:AdministratorPassword"] = AdminPassword,
                ["Portal:PublicUrl"] = PublicUrl,
                ["Portal:ProvinceName"] = "Tỉnh Thử Nghiệm",
                ["Email:PickupFolder"] = MailFolder,
                ["Notifications:OutboxIntervalSeconds"] = "1",
                ["Reminders:Enabled"] = "false",
            });
        }

        public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "parindex-e2e", "mail-" + Guid.NewGuid().ToString("N"));

        public RunningPortal Portal { get; }

        public async Task InitializeAsync()
        {
            _ = Portal.BaseAddress;
            _browser = await Browser.LaunchAsync();
        }

        public Task<IPage> NewPageAsync() => _browser.NewPageAsync(Portal.BaseAddress);

        public async Task DisposeAsync()
        {
            await _browser.DisposeAsync();
            await Portal.DisposeAsync();
            if (Directory.Exists(MailFolder))
            {
                Directory.Delete(MailFolder, recursive: true);
            }
        }
    }
}

/// <summary>Runs alone: a portal of its own, on an empty database.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EmptyInstallPortal : ICollectionFixture<ProvinceSetupTests.OwnPortal>
{
    public const string Name = "Empty install portal";
}
