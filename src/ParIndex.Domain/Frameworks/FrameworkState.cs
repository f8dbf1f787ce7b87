namespace ParIndex.Domain.Frameworks;

public enum FrameworkState
{
    /// <summary>Being edited by the administrator.</summary>
    Draft = 1,

    /// <summary>In use by a period; its tree no longer changes.</summary>
    InUse = 2,
}
