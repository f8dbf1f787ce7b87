using System.Text.Unicode;
using CsvHelper;
using ParIndex.Application.DataImport;

namespace ParIndex.Infrastructure.Tabular;

/// <summary>
/// Reads CSV with CsvHelper the way spreadsheets save it in Vietnam: UTF-8 with or without a BOM, comma-separated or
/// (where the decimal separator is a comma) semicolon-separated, fields optionally quoted with "" for a quote inside.
/// What is checked here is only what the library leaves to us: the encoding, and a quote left open.
/// </summary>
internal static class CsvTableReader
{
    public static TableReadResult Read(byte[] content)
    {
        if (Failure(content) is { } failure)
        {
            return TableReadResult.Failed(failure);
        }

        long? unclosedAt = null;
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            OnMalformedRecord = malformed => unclosedAt ??= malformed.Reason == CsvMalformedReason.UnterminatedQuote ? malformed.LineNumber : null,
        };

        // Uploads are size-capped before they get here, so the file is read in place, in memory.
        var records = new List<(int, IReadOnlyList<string>)>();
        using var reader = CsvReader.Create(content, options);
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.GetString(i);
            }

            records.Add(((int)reader.LineNumber, cells));
            // A memory guard only: blank lines do not count, so the exact limit is applied when assembling.
            if (records.Count > 2 * TableFileLimits.MaxRows)
            {
                return TableFileReader.TooManyRows();
            }
        }

        return unclosedAt is { } line ? TableReadResult.Failed(TableFileMessages.UnclosedQuote(line)) : TableFileReader.Assemble(records);
    }

    private static string? Failure(byte[] content)
    {
        if (content is [(byte)'P', (byte)'K', 3, 4, ..])
        {
            return TableFileMessages.WorkbookNamedCsv;
        }

        // Strict: a file saved in a legacy code page would otherwise come through with its Vietnamese letters garbled.
        if (content is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || !Utf8.IsValid(content))
        {
            return TableFileMessages.NotUtf8;
        }

        return content.AsSpan().Contains((byte)0) ? TableFileMessages.NotText : null;
    }
}
