namespace ParIndex.Web.Hosting;

/// <summary>
/// A start the operator must fix by configuration (no first administrator in Production...). <c>Program</c> prints the
/// message alone and exits with <see cref="ExitCode"/>: a stack trace and exit 134 read like a bug (issue 16.8).
/// </summary>
public sealed class StartupRefusedException(string message) : Exception(message)
{
    /// <summary>Not 1 (a crash) and not 134 (an abort): "configuration missing", as sysexits' EX_CONFIG.</summary>
    public const int ExitCode = 78;
}
