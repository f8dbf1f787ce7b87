namespace ParIndex.Domain.Frameworks;

/// <summary>Who produces a leaf's points.</summary>
public enum AssessmentMethod
{
    /// <summary>The unit scores itself; inspectors appraise.</summary>
    SelfAssessed = 1,

    /// <summary>From the sociological survey (SIPAS and officials); never self-scored.</summary>
    Survey = 2,

    /// <summary>Supplied by a lead agency or another system (e.g. the dossier system's on-time rate).</summary>
    External = 3,
}
