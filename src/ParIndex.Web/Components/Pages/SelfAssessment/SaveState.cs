namespace ParIndex.Web.Components.Pages.SelfAssessment;

/// <summary>What the person is told about their answer: only <see cref="Saved"/> means it is in the database.</summary>
public enum SaveState
{
    Saved,
    Unsaved,
    Saving,
    Failed,
    Conflict,
}
