using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Localization;
using MudBlazor;
using ParIndex.Application.Common;

namespace ParIndex.Web.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddParIndexLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddScoped<EnumText>();
        // After AddMudServices: MudBlazor's texts come from our resx (Vietnamese first).
        services.AddTransient<MudLocalizer, MudTexts>();
        // Vietnamese letters go out as text, not as &#x...; entities: readable source, lighter pages.
        // Markup characters (< > & " ') are still encoded.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // The rules' sentences (an entry field's label) reach API clients worded in the reader's culture.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new RuleTextJsonConverter()));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures.Vietnamese)
                .AddSupportedCultures([.. Cultures.Supported])
                .AddSupportedUICultures([.. Cultures.Supported]);
            // Only the person's explicit choice counts: a browser set to English still gets Vietnamese first.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }
}
