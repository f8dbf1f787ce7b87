using CsvHelper;

namespace ParIndex.Application.Common;

/// <summary>
/// CSV files the portal hands out (import templates, the one-time password list), written with CsvHelper for people
/// who open them in Excel: UTF-8 with a BOM so the Vietnamese letters show, and a text Excel would run as a formula
/// escaped with an apostrophe (CSV injection).
/// </summary>
public static class CsvDocument
{
    private static readonly CsvWriterOptions ForExcel = new()
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
        // Help lines under the header have fewer fields than the header.
        ValidateFieldCount = false,
    };

    public static byte[] Write(IEnumerable<IReadOnlyList<string?>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        using var output = new MemoryStream();
        using (var writer = CsvWriter.Create(output, ForExcel, leaveOpen: true))
        {
            foreach (var record in records)
            {
                writer.WriteRecord([.. record]);
            }
        }

        return output.ToArray();
    }
}
