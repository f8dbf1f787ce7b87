using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Frameworks;

internal static class FrameworkRules
{
    /// <summary>Loads a framework with its tree for a change; only drafts change (used ones are frozen, ADR 3).</summary>
    public static async Task<Framework> LoadDraftAsync(IParIndexDb db, Guid frameworkId, CancellationToken ct)
    {
        var framework = await db.Frameworks.Include(f => f.Nodes).SingleOrDefaultAsync(f => f.Id == frameworkId, ct)
            ?? throw new NotFoundException(nameof(Framework), frameworkId);
        return framework.State == FrameworkState.Draft
            ? framework
            : throw FrameworkMessages.Invalid(nameof(Framework), FrameworkMessages.NotDraft);
    }

    public static bool IsJson(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    public static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, 2) == value;
}
