using System.Security.Cryptography;

namespace ParIndex.Application.DataImport;

/// <summary>What an uploaded file of figures may be, and its fingerprint (the preview and the save must be the same file).</summary>
public static class DataImportFile
{
    public const long MaxBytes = 5L * 1024 * 1024;

    public const int MaxFileNameLength = 260;

    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".xlsx"];

    public static bool HasAcceptedExtension(string? fileName) =>
        Extensions.Contains(Path.GetExtension(fileName ?? string.Empty), StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case hex, as <see cref="Domain.Surveys.SurveyImport.Sha256"/> stores it.</summary>
    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
