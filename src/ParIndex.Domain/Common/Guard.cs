namespace ParIndex.Domain.Common;

internal static class Guard
{
    public static string Text(string? value, int maxLength, string code)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException(code, $"{code}: a value is required.") { MessageKey = "value.required" };
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException(code, $"{code}: at most {maxLength} characters.", maxLength) { MessageKey = "value.tooLong" };
        }

        return trimmed;
    }

    public static string? OptionalText(string? value, int maxLength, string code)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length > maxLength
            ? throw new DomainException(code, $"{code}: at most {maxLength} characters.", maxLength) { MessageKey = "value.tooLong" }
            : trimmed;
    }
}
