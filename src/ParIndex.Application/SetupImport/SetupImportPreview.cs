using ParIndex.Application.Common;

namespace ParIndex.Application.SetupImport;

/// <summary>What confirming one row of a units or accounts file would do.</summary>
public enum SetupRowChange
{
    /// <summary>A new unit or account.</summary>
    Create,

    /// <summary>A unit whose code exists under another name: the new name replaces the old one, shown before saving.</summary>
    Rename,

    /// <summary>Already there exactly as the file says: confirming changes nothing.</summary>
    Unchanged,
}

/// <summary>One data row of the file: its number as the person sees it, its key (code or user name) and every problem.</summary>
public sealed record SetupImportRow(int Number, string Key, string Name, SetupRowChange Change, string? Detail, IReadOnlyList<string> Problems);

/// <summary>
/// The preview shared by the units and accounts imports: the file's own problems, each row with what confirming would do,
/// and the file's fingerprint, which goes back with the confirmation so what is saved is exactly what was previewed.
/// </summary>
public sealed record SetupImportPreview(string FileName, string Sha256, IReadOnlyList<string> FileProblems, IReadOnlyList<SetupImportRow> Rows) : IImportPreview
{
    public bool CanImport => FileProblems.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Problems.Count == 0);

    public int BadRows => Rows.Count(r => r.Problems.Count > 0);

    public int ToCreate => Rows.Count(r => r.Problems.Count == 0 && r.Change == SetupRowChange.Create);

    public int ToRename => Rows.Count(r => r.Problems.Count == 0 && r.Change == SetupRowChange.Rename);

    public int Unchanged => Rows.Count(r => r.Problems.Count == 0 && r.Change == SetupRowChange.Unchanged);

    /// <summary>A re-import of a file already applied: confirming would change nothing, and the preview says so.</summary>
    public bool ChangesNothing => CanImport && ToCreate == 0 && ToRename == 0;
}
