using ParIndex.Application.Common;

namespace ParIndex.Application.HistoryImport;

/// <summary>Only administrators bring in the years decided before the portal.</summary>
internal static class PastResultsAccess
{
    public static readonly string[] Importers = [Roles.Administrator];
}
