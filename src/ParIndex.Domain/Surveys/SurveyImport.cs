using ParIndex.Domain.Common;

namespace ParIndex.Domain.Surveys;

/// <summary>
/// One file of survey results (điều tra xã hội học, SIPAS) imported into a period. A later import replaces the
/// earlier one; both stay on record with who imported what, and the file's SHA-256.
/// </summary>
public sealed class SurveyImport : Entity
{
    private SurveyImport()
    {
        FileName = string.Empty;
        Sha256 = string.Empty;
    }

    public SurveyImport(Guid periodId, string fileName, string sha256, int rows, Guid importedByUserId, DateTime importedAtUtc)
    {
        PeriodId = periodId;
        FileName = Guard.Text(fileName, 260, "survey.fileName");
        Sha256 = Guard.Text(sha256, 64, "survey.sha256");
        Rows = rows;
        ImportedByUserId = importedByUserId;
        ImportedAtUtc = importedAtUtc;
    }

    public Guid PeriodId { get; private set; }

    public string FileName { get; private set; }

    public string Sha256 { get; private set; }

    public int Rows { get; private set; }

    public Guid ImportedByUserId { get; private set; }

    public DateTime ImportedAtUtc { get; private set; }

    /// <summary>The import that replaced this one; null while it is the one that counts.</summary>
    public Guid? ReplacedByImportId { get; private set; }

    /// <summary>What a response's <c>DataSource</c> holds for results from this import.</summary>
    public string SourceTag => $"survey:{Id}";

    public void ReplaceWith(SurveyImport next)
    {
        ArgumentNullException.ThrowIfNull(next);
        ReplacedByImportId = next.Id;
    }
}
