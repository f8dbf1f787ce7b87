namespace ParIndex.Application.SetupImport;

/// <summary>CSV fields written for people who open them in Excel.</summary>
internal static class CsvText
{
    /// <summary>Quoted when needed; a text that Excel would run as a formula gets a leading apostrophe (CSV injection).</summary>
    public static string Field(string? text)
    {
        var value = text ?? string.Empty;
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', ';', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    public static string Line(params string?[] fields) => string.Join(',', fields.Select(Field)) + "\r\n";
}
