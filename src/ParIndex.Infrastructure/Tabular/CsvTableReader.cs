using System.Text;
using ParIndex.Application.DataImport;

namespace ParIndex.Infrastructure.Tabular;

/// <summary>
/// Reads CSV the way spreadsheets save it in Vietnam: UTF-8 with or without a BOM, comma-separated or (where the
/// decimal separator is a comma) semicolon-separated, fields optionally quoted with "" for a quote inside.
/// </summary>
internal static class CsvTableReader
{
    // Strict: a file saved in a legacy code page would otherwise come through with its Vietnamese letters garbled.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static TableReadResult Read(byte[] content)
    {
        if (Failure(content) is { } failure)
        {
            return TableReadResult.Failed(failure);
        }

        string text;
        try
        {
            var bom = content is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            text = StrictUtf8.GetString(content, bom, content.Length - bom);
        }
        catch (DecoderFallbackException)
        {
            return TableReadResult.Failed("Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: \"CSV UTF-8\").");
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return TableReadResult.Failed("Tệp không phải tệp CSV dạng văn bản.");
        }

        var records = new List<(int, IReadOnlyList<string>)>();
        if (Split(text, Delimiter(text), records) is { } error)
        {
            return TableReadResult.Failed(error);
        }

        return TableFileReader.Assemble(records);
    }

    private static string? Failure(byte[] content)
    {
        if (content is [(byte)'P', (byte)'K', 3, 4, ..])
        {
            return "Tệp là bảng tính Excel: hãy đặt đuôi .xlsx hoặc lưu lại dưới dạng CSV.";
        }

        return content is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]
            ? "Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: \"CSV UTF-8\")."
            : null;
    }

    /// <summary>Whichever of ';' and ',' the header line uses more, outside quotes; a comma when it uses neither.</summary>
    private static char Delimiter(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\r' or '\n')
            {
                break;
            }
            else if (!quoted)
            {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    /// <summary>Splits records and fields; each record carries the line it starts on. Returns an error, or null.</summary>
    private static string? Split(string text, char delimiter, List<(int, IReadOnlyList<string>)> records)
    {
        var cells = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        bool quoted = false, wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (quoted)
            {
                if (c == '"' && next == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' || (c == '\r' && next != '\n') ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (c == delimiter)
            {
                cells.Add(field.ToString());
                field.Clear();
                wasQuoted = false;
            }
            else if (c is '\r' or '\n')
            {
                i += c == '\r' && next == '\n' ? 1 : 0;
                cells.Add(field.ToString());
                records.Add((recordLine, cells));
                // A memory guard only: blank lines do not count, so the exact limit is applied when assembling.
                if (records.Count > 2 * TableFileLimits.MaxRows)
                {
                    return TableFileReader.TooManyRows().Error;
                }

                (cells, wasQuoted, recordLine) = ([], false, ++line);
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return $"Dòng {recordLine}: thiếu dấu ngoặc kép đóng.";
        }

        if (field.Length > 0 || cells.Count > 0 || wasQuoted)
        {
            cells.Add(field.ToString());
            records.Add((recordLine, cells));
        }

        return null;
    }
}
