using MudBlazor;

namespace ParIndex.Web.Components.Layout;

/// <summary>The portal's colours, and system fonts with Vietnamese glyphs (no web fonts: no internet is assumed).</summary>
public static class PortalTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#9b1c1c",
            Secondary = "#1f4e79",
            AppbarBackground = "#9b1c1c",
            Background = "#f6f6f4",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["Segoe UI", "Noto Sans", "DejaVu Sans", "Helvetica Neue", "Arial", "sans-serif"],
            },
        },
    };
}
