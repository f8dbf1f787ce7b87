using ParIndex.Application.DataImport;

namespace ParIndex.Infrastructure.Tabular;

/// <summary>Picks the reader by the file's extension and turns its rows into a header and data rows.</summary>
internal sealed class TableFileReader : ITableFileReader
{
    public TableReadResult Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Length == 0)
        {
            return TableReadResult.Failed(TableFileMessages.Empty);
        }

        return Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant() switch
        {
            ".csv" => CsvTableReader.Read(content),
            ".xlsx" => XlsxTableReader.Read(content),
            _ => TableReadResult.Failed(TableFileMessages.NotCsvOrXlsx),
        };
    }

    /// <summary>
    /// The first row with any text is the header; blank rows are dropped but keep their numbers out of the count,
    /// so row numbers stay those of the person's file.
    /// </summary>
    internal static TableReadResult Assemble(IEnumerable<(int Number, IReadOnlyList<string> Cells)> rows)
    {
        IReadOnlyList<string>? headers = null;
        var data = new List<TableRow>();
        foreach (var (number, cells) in rows)
        {
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (headers is null)
            {
                headers = [.. cells.Select(c => c.Trim())];
                continue;
            }

            if (data.Count == TableFileLimits.MaxRows)
            {
                return TooManyRows();
            }

            data.Add(new TableRow(number, cells));
        }

        return headers is null ? TableReadResult.Failed(TableFileMessages.NoData) : TableReadResult.Read(new TableFile(headers, data));
    }

    internal static TableReadResult TooManyRows() => TableReadResult.Failed(TableFileMessages.TooManyRows(TableFileLimits.MaxRows));
}
