using System.Text.Json;

namespace ParIndex.Application.Tests.Infrastructure;

/// <summary>Reads the old or new values of an audit entry, whatever escaping the serializer chose.</summary>
public static class AuditValues
{
    public static string? Text(string? json, string property)
    {
        Assert.NotNull(json);
        using var document = JsonDocument.Parse(json);
        var value = document.RootElement.GetProperty(property);
        return value.ValueKind == JsonValueKind.Null ? null : value.ToString();
    }
}
