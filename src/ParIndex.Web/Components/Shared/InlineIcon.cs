using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;

namespace ParIndex.Web.Components.Shared;

/// <summary>
/// A Material icon (MudBlazor's <c>Icons.Material.*</c> path strings) as plain SVG markup with MudIcon's classes, so it
/// looks the same without being a component. Pages that repeat icons per row or card (the self-assessment form) keep
/// each circuit's render tree small this way (issue 20): a MudIcon is a component with its own render tree buffers.
/// The markup strings are built once per icon, size and colour and shared by every circuit.
/// </summary>
public static class InlineIcon
{
    private static readonly ConcurrentDictionary<(string Icon, string Size, string? Color), MarkupString> Cache = new();

    /// <summary>A small (20 px) icon; <paramref name="colorClass"/> is MudBlazor's text colour class, e.g. "mud-success-text".</summary>
    public static MarkupString Small(string icon, string? colorClass = null) => Of(icon, "mud-icon-size-small", colorClass);

    /// <summary>A medium (24 px) icon, MudIcon's default size.</summary>
    public static MarkupString Medium(string icon, string? colorClass = null) => Of(icon, "mud-icon-size-medium", colorClass);

    private static MarkupString Of(string icon, string size, string? color) =>
        Cache.GetOrAdd((icon, size, color), key => new MarkupString(
            $"<svg class=\"mud-icon-root mud-svg-icon {key.Color} {key.Size}\" focusable=\"false\" viewBox=\"0 0 24 24\" aria-hidden=\"true\">{key.Icon}</svg>"));
}
