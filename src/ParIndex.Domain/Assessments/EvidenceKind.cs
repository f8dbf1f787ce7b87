namespace ParIndex.Domain.Assessments;

public enum EvidenceKind
{
    /// <summary>An uploaded file (PDF, DOCX, XLSX, JPG, PNG).</summary>
    File = 1,

    /// <summary>A reference to an official document: number, date, issuer and optionally a link.</summary>
    DocumentReference = 2,
}
