namespace ParIndex.Domain.Frameworks;

public enum NodeLevel
{
    /// <summary>Lĩnh vực.</summary>
    Domain = 1,

    /// <summary>Tiêu chí.</summary>
    Criterion = 2,

    /// <summary>Tiêu chí thành phần.</summary>
    SubCriterion = 3,
}
