using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;

namespace ParIndex.Application.SetupImport;

/// <summary>
/// Reads a units or accounts file through the one <see cref="ITableFileReader"/> (CSV or XLSX, zip-bomb and formula
/// checks included) and finds its columns by their Vietnamese headers. Rows whose first cell starts with "#" are the
/// template's help lines and are skipped.
/// </summary>
public sealed class SetupTable
{
    private readonly Dictionary<string, int> _columns;

    private SetupTable(TableFile table, Dictionary<string, int> columns, IReadOnlyList<string> problems)
    {
        _columns = columns;
        Problems = problems;
        Rows = [.. table.Rows.Where(r => r.Cell(0) is not { } first || !first.StartsWith('#'))];
    }

    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>The file's own problems (unreadable, a required column missing), in the reader's language.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Reads the file and looks up each column by any of its accepted headers (case and accents ignored).</summary>
    public static SetupTable? Read(ITableFileReader reader, string fileName, byte[] content, IReadOnlyList<SetupColumn> columns, out string? error)
    {
        var read = reader.Read(fileName, content);
        if (read.Table is not { } table)
        {
            error = read.Error ?? ImportMessages.Unreadable;
            return null;
        }

        error = null;
        var headers = table.Headers.Select(Fold).ToList();
        var found = new Dictionary<string, int>();
        var problems = new List<string>();
        foreach (var column in columns)
        {
            var index = headers.FindIndex(h => column.Headers.Any(a => Fold(a) == h));
            if (index >= 0)
            {
                found[column.Key] = index;
            }
            else if (column.Required)
            {
                problems.Add(ImportMessages.MissingColumn(column.Label));
            }
        }

        return new SetupTable(table, found, problems);
    }

    public string? Cell(TableRow row, string key) => _columns.TryGetValue(key, out var index) ? row.Cell(index) : null;

    public bool Has(string key) => _columns.ContainsKey(key);

    /// <summary>The confirmation must carry the fingerprint the preview showed.</summary>
    public static void EnsurePreviewed(byte[] content, string? previewedSha256)
    {
        if (!string.Equals(FileFingerprint.Sha256Of(content), previewedSha256?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid("PreviewedSha256", ImportMessages.ChangedSincePreview);
        }
    }

    /// <summary>The refusal when a confirmed file still has problems: nothing is saved, the bad rows are named.</summary>
    public static ValidationException Refusal(SetupImportPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        if (preview.FileProblems.Count > 0)
        {
            return Invalid("Content", ImportMessages.NothingSaved(preview.FileProblems));
        }

        if (preview.Rows.Count == 0)
        {
            return Invalid("Content", ImportMessages.NothingSavedNoRows);
        }

        var bad = preview.Rows.Where(r => r.Problems.Count > 0).Select(r => r.Number).ToList();
        var shown = string.Join(", ", bad.Take(20)) + (bad.Count > 20 ? ", …" : string.Empty);
        return Invalid("Content", ImportMessages.NothingSavedBadRows(bad.Count, shown));
    }

    public static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);

    /// <summary>"Mã đơn vị", "ma don vi" and "MA_DON_VI" are the same header.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? string.Empty).Trim().Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is '_' or '-' ? ' ' : char.ToLowerInvariant(c));
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}

/// <summary>A column of an import file: its key, the headers it is known by (the first is the template's) and whether it must be there.</summary>
public sealed record SetupColumn(string Key, bool Required, params string[] Headers)
{
    /// <summary>The column as a message names it, in the reader's language ("Mã đơn vị", "Unit code").</summary>
    public string Label => SetupImportMessages.Column(Key);
}
