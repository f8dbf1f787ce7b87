namespace ParIndex.Domain.Surveys;

/// <summary>How the answers of several respondent groups about one unit make its rate (docs/methodology.md, survey).</summary>
public enum GroupAveraging
{
    /// <summary>Each group's mean first, then the groups' means averaged equally: a large group does not outweigh a small one.</summary>
    PerGroupThenEqually = 1,

    /// <summary>Every counted answer weighs the same, whatever the group.</summary>
    Pooled = 2,
}
