namespace ParIndex.Application.Appraisal;

/// <summary>Where a survey or external result came from, in words a unit or a council member reads.</summary>
public static class DataSourceText
{
    public static string? Describe(string? source) => source switch
    {
        null => null,
        _ when source.StartsWith("survey:", StringComparison.Ordinal) => AppraisalMessages.SourceSurveyFile,
        _ when source.StartsWith("external:", StringComparison.Ordinal) => AppraisalMessages.SourceEnteredBy(source["external:".Length..]),
        _ => source,
    };
}
