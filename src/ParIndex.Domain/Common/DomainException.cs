namespace ParIndex.Domain.Common;

/// <summary>
/// A business rule was broken. <see cref="Code"/> is a stable key (tests and API clients read it); people read the
/// text the application's resources give for <see cref="MessageKey"/> (the code unless one code has several texts),
/// formatted with <see cref="Arguments"/> in their culture. <see cref="Exception.Message"/> is English, for logs.
/// </summary>
public class DomainException(string code, string message, params object?[] arguments) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>The resource key of the text people read; the code unless the code has more than one text.</summary>
    public string MessageKey { get; init; } = code;

    /// <summary>The values the text names ({0}, {1}…), formatted in the reader's culture.</summary>
    public IReadOnlyList<object?> Arguments { get; } = arguments;
}
