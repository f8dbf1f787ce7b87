namespace ParIndex.Infrastructure.Email;

/// <summary>Settings section "Email". With no SMTP host, messages are written as .eml files to <see cref="PickupFolder"/>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string From { get; set; } = "ParIndex <no-reply@parindex.example>";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Relative paths are under the content root.</summary>
    public string PickupFolder { get; set; } = "data/mail";
}
