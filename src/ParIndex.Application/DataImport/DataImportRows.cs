using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Units;

namespace ParIndex.Application.DataImport;

/// <summary>
/// One row of a file of figures as the preview shows it. <see cref="RowNumber"/> is the row in the person's file (CSV
/// line or Excel row, header included); <see cref="Values"/> are the figures read, keyed as the inputs name them ("rate",
/// "A".."E", or the rule's fields); <see cref="Points"/> is what the leaf's rule gives, null while something is wrong;
/// <see cref="Problems"/> are in Vietnamese, and the file can be saved only when no row has any.
/// </summary>
public sealed record DataImportRow(
    int RowNumber, string UnitCode, string? UnitName, string CriterionCode, string? CriterionTitle, AssessmentMethod? Method,
    IReadOnlyDictionary<string, string> Values, decimal? Points, decimal? MaxPoints, IReadOnlyList<string> Problems);

/// <summary>A unit of the period with survey criteria that the file does not mention: a warning, not an error.</summary>
public sealed record DataImportMissingUnit(string UnitCode, string UnitName, IReadOnlyList<string> SurveyCriteria);

/// <summary>
/// How much the file holds, and <see cref="ToClear"/>: results of earlier imports the file no longer carries, which
/// stop counting once it is saved.
/// </summary>
public sealed record DataImportCounts(int Rows, int RowsWithProblems, int Units, int SurveyRows, int ExternalRows, int ToClear);

/// <summary>A row matched against the period: the unit's assessment and the leaf it writes, when they were found.</summary>
internal sealed record ParsedRow(
    int Number, string UnitCode, Unit? Unit, string CriterionCode, Assessment? Assessment, FrameworkNode? Leaf, RowValues? Values,
    decimal? Points, IReadOnlyList<string> Problems)
{
    public DataImportRow ToView() => new(Number, UnitCode, Unit?.Name, CriterionCode, Leaf?.Title, Leaf?.Method,
        Values?.Shown ?? new Dictionary<string, string>(), Points, Leaf?.MaxPoints, Problems);
}
