namespace ParIndex.Application.Common;

/// <summary>
/// Names of the database's global query filters. <see cref="CountingAssessments"/> hides assessments closed by a
/// merge during an open period from every query (counts, rankings, queues, checklists, reminders); the few readers
/// that must still see them (the workflow's closed list, the successor's evidence) say so with
/// <c>IgnoreQueryFilters([QueryFilters.CountingAssessments])</c>.
/// </summary>
public static class QueryFilters
{
    public const string CountingAssessments = "CountingAssessments";
}
