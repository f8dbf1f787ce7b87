using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ParIndex.Web.Localization;

/// <summary>
/// MudBlazor's own texts (pager, data grid filters, date picker, dialogs…) in the current culture, from
/// Resources/Localization/MudTexts(.en).resx, keyed by MudBlazor's names. A key the resx lacks falls back to
/// MudBlazor's English, so a newer MudBlazor shows English rather than a key.
/// </summary>
public sealed class MudTexts(IStringLocalizer<MudTexts> texts) : MudLocalizer
{
    public override LocalizedString this[string key] => texts[key];

    public override LocalizedString this[string key, params object[] arguments] => texts[key, arguments];
}
