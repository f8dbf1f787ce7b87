namespace ParIndex.Domain.Assessments;

public enum ResultSource
{
    /// <summary>Computed by the portal from criterion scores.</summary>
    Computed = 1,

    /// <summary>Imported from a published decision of a year before the portal (totals, ranks, classes only).</summary>
    Imported = 2,
}
