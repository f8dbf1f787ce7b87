namespace ParIndex.Application.EvidenceFiles;

/// <summary>Settings section "Evidence".</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>Largest accepted file, 20 MB unless configured.</summary>
    public long MaxFileBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>
    /// Most bytes of files one unit may keep for one period (issue 16.8: without it one agency could fill the disk the
    /// whole province shares), 2 GB unless configured; 0 turns the quota off.
    /// </summary>
    public long MaxBytesPerUnitPerPeriod { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>Folder for evidence files; relative paths are under the content root's data folder, never wwwroot.</summary>
    public string StoragePath { get; set; } = "data/evidence";
}
