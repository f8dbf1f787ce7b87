using ParIndex.Application.Common;

namespace ParIndex.Application.Frameworks;

internal static class FrameworkAccess
{
    /// <summary>Only Home Affairs' administrators shape the criteria.</summary>
    public static readonly string[] Editors = [Roles.Administrator];

    /// <summary>Every role reads the criteria: units are scored against them and must know the rules.</summary>
    public static readonly string[] Readers = [.. Roles.All];
}
