using ParIndex.Application.Common;

namespace ParIndex.Application.Appraisal;

/// <summary>What the assignment use cases say when they refuse, in the reader's language (AssignmentMessages(.en).resx).</summary>
internal static class AssignmentMessages
{
    private static readonly MessageText Text = new(typeof(AssignmentMessages));

    public static string InspectorRequired => Text.Get();

    public static string UnitsRequired => Text.Get();

    public static string InactiveInspector => Text.Get();

    public static string LeadAgencyByDomainOnly => Text.Get();

    public static string TooManyUnits(int limit) => Text.Format(nameof(TooManyUnits), limit);

    /// <summary>Names every unit refused, so the administrator can untick exactly those.</summary>
    public static string ConflictOfInterest(string inspector, IReadOnlyList<string> units) =>
        Text.Format(nameof(ConflictOfInterest), inspector, string.Join(", ", units));

    public static string LockedAccount => Text.Get();

    public static string NotInPeriod(IReadOnlyList<string> units) => Text.Format(nameof(NotInPeriod), string.Join(", ", units));
}
