namespace ParIndex.Application.Common;

/// <summary>
/// What every import's preview has in common, whatever table it reads (units, accounts, survey and sector data, past
/// results): the file, its fingerprint to send back with the confirmation, its own problems, and whether it can be saved.
/// The one preview-then-confirm screen (Web's ImportFlow) works on this.
/// </summary>
public interface IImportPreview
{
    string FileName { get; }

    string Sha256 { get; }

    IReadOnlyList<string> FileProblems { get; }

    bool CanImport { get; }
}
