namespace ParIndex.Domain.Assessments;

/// <summary>Links one piece of evidence to one criterion response; a file may back several criteria.</summary>
public sealed class CriterionEvidence
{
    private CriterionEvidence()
    {
    }

    public CriterionEvidence(Guid responseId, Guid evidenceId)
    {
        ResponseId = responseId;
        EvidenceId = evidenceId;
    }

    public Guid ResponseId { get; private set; }

    public Guid EvidenceId { get; private set; }
}
