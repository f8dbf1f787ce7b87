namespace ParIndex.Web.Components.Pages.SelfAssessment;

public enum CriterionFilter
{
    All,
    NotAnswered,
    MissingEvidence,
}
