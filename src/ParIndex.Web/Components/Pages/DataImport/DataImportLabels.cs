using Microsoft.Extensions.Localization;
using ParIndex.Application.DataImport;
using ParIndex.Application.SelfAssessment;

namespace ParIndex.Web.Components.Pages.DataImport;

/// <summary>How the page names a value key: the rate, a survey option, or a rule field's own label.</summary>
internal static class DataImportLabels
{
    public static string Of(string key, IStringLocalizer<SharedResource> text, string? fieldLabel = null) => key switch
    {
        "rate" => text["DataImport.RatePercent"],
        AnswerInputs.Numerator => text["DataImport.Numerator"],
        AnswerInputs.Denominator => text["DataImport.Denominator"],
        "A" or "B" or "C" or "D" or "E" => text["DataImport.Option", key],
        _ => fieldLabel ?? key,
    };

    /// <summary>Where figures came from: a file of this period's imports, or the person who typed them.</summary>
    public static string Source(string? source, IReadOnlyList<PastDataImport> imports, IStringLocalizer<SharedResource> text)
    {
        if (source is null)
        {
            return "—";
        }

        if (imports.FirstOrDefault(i => i.SourceTag == source) is { } import)
        {
            return text["DataImport.SourceFile", import.FileName];
        }

        const string Manual = "external:";
        return source.StartsWith(Manual, StringComparison.Ordinal) ? text["DataImport.SourceManual", source[Manual.Length..]] : source;
    }
}
