using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using ParIndex.Web.Components.Shared;
using ParIndex.Web.Localization;

namespace ParIndex.Web.Tests.Localization;

/// <summary>
/// MudBlazor's built-in texts follow the portal's culture: a table with the portal's pager reads Vietnamese in
/// Vietnamese (the visible "rows per page" and "1–20 of 45", and the buttons' labels MudBlazor asks its localizer
/// for), and keeps MudBlazor's English in English.
/// </summary>
public sealed class MudTextsTests
{
    private static readonly string[] Items = [.. Enumerable.Range(1, 45).Select(i => $"Đơn vị {i}")];

    [Fact]
    public async Task TablePager_InVietnamese_ReadsVietnamese_AndNoMudBlazorEnglish()
    {
        var markup = await RenderTableAsync("vi-VN");

        Assert.Contains("Số dòng mỗi trang:", markup, StringComparison.Ordinal);
        Assert.Contains("1–10 trên 45", markup, StringComparison.Ordinal);
        Assert.Contains("Trang sau", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Rows per page", markup, StringComparison.Ordinal);
        Assert.DoesNotContain(" of 45", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Next page", markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MudBlazorsOwnPager_InVietnamese_FormatsItsPositionalInfo_WithoutThrowing()
    {
        // Without InfoFormat, MudTablePager formats MudDataGridPager_InfoFormat with (first, last, all) as {0}, {1}, {2}.
        var markup = await RenderTableAsync("vi-VN", pagerOfOurs: false);

        Assert.Contains("1–10 trên 45", markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TablePager_InEnglish_KeepsEnglish()
    {
        var markup = await RenderTableAsync("en-US");

        Assert.Contains("Rows per page:", markup, StringComparison.Ordinal);
        Assert.Contains("1-10 of 45", markup, StringComparison.Ordinal);
        Assert.Contains("Next page", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Số dòng mỗi trang", markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MudLocalizer_IsTheResxOne_InBothCultures()
    {
        await using var context = NewContext();
        var localizer = context.Services.GetRequiredService<MudLocalizer>();

        Assert.IsType<MudTexts>(localizer);
        Assert.Equal("Trang sau", InCulture("vi-VN", () => localizer["MudDataGridPager_NextPage"].Value));
        Assert.Equal("Next page", InCulture("en-US", () => localizer["MudDataGridPager_NextPage"].Value));
    }

    private static async Task<string> RenderTableAsync(string culture, bool pagerOfOurs = true)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            await using var context = NewContext();
            var table = context.Render(b =>
            {
                b.OpenComponent<MudPopoverProvider>(0);
                b.CloseComponent();
                b.OpenComponent<MudTable<string>>(1);
                b.AddAttribute(2, nameof(MudTable<string>.Items), Items);
                b.AddAttribute(3, nameof(MudTable<string>.RowsPerPage), 10);
                b.AddAttribute(4, nameof(MudTable<string>.RowTemplate), (RenderFragment<string>)(item => row => row.AddMarkupContent(0, $"<td>{item}</td>")));
                b.AddAttribute(5, nameof(MudTable<string>.PagerContent), (RenderFragment)(pager =>
                {
                    if (pagerOfOurs)
                    {
                        pager.OpenComponent<TablePager>(0);
                    }
                    else
                    {
                        pager.OpenComponent<MudTablePager>(0);
                    }

                    pager.CloseComponent();
                }));
                b.CloseComponent();
            });
            return table.Markup;
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (previous, previousUi);
        }
    }

    private static BunitContext NewContext()
    {
        var context = new BunitContext();
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddParIndexLocalization();
        return context;
    }

    private static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
