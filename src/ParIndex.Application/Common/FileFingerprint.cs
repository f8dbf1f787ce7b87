using System.Security.Cryptography;

namespace ParIndex.Application.Common;

/// <summary>
/// The fingerprint of an uploaded file: every import previews a file and saves only that same file, and the audit names
/// it. Shared by every import feature, so it lives here rather than in one of them.
/// </summary>
public static class FileFingerprint
{
    /// <summary>Lower-case hex, as <see cref="Domain.Surveys.SurveyImport.Sha256"/> stores it.</summary>
    public static string Sha256Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
