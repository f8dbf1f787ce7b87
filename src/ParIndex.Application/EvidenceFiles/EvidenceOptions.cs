namespace ParIndex.Application.EvidenceFiles;

/// <summary>Settings section "Evidence".</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>Largest accepted file, 20 MB unless configured.</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Folder for evidence files; relative paths are under the content root's data folder, never wwwroot.</summary>
    public string StoragePath { get; set; } = "data/evidence";
}
