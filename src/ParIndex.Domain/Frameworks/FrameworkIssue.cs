namespace ParIndex.Domain.Frameworks;

/// <summary>
/// Something wrong with a framework's tree, found by <see cref="FrameworkChecks"/>. The code is stable; the numbers
/// are what the person needs to fix it (a parent's maximum and its children's sum, for instance); a rule's problem
/// carries its sentence (<see cref="Problem"/>), worded by the Application in the reader's language.
/// </summary>
public sealed record FrameworkIssue(string? NodeCode, string Code, FrameworkIssueSeverity Severity, decimal? Expected = null, decimal? Actual = null, string? Detail = null,
    Scoring.Rules.RuleText? Problem = null);

public enum FrameworkIssueSeverity
{
    /// <summary>The framework cannot be used by a period until this is fixed.</summary>
    Error = 1,

    /// <summary>Unusual but allowed, e.g. a total other than 100 (the index is a percentage anyway).</summary>
    Warning = 2,
}
