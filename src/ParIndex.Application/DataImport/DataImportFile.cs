namespace ParIndex.Application.DataImport;

/// <summary>What an uploaded file of figures may be.</summary>
public static class DataImportFile
{
    public const long MaxBytes = 5L * 1024 * 1024;

    public const int MaxFileNameLength = 260;

    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".xlsx"];

    public static bool HasAcceptedExtension(string? fileName) =>
        Extensions.Contains(Path.GetExtension(fileName ?? string.Empty), StringComparer.OrdinalIgnoreCase);
}
