namespace ParIndex.Infrastructure.Signing;

/// <summary>
/// The publication key (section <c>Signing</c>): a PKCS#12 file (.pfx/.p12) with its password, or a PEM certificate
/// with its private key in <see cref="KeyPath"/>. Without <see cref="CertificatePath"/> the portal looks for
/// <c>publication-signing.pfx</c> in the keys folder and, when <see cref="GenerateIfMissing"/> (Development), creates
/// a self-signed ECDSA P-256 certificate there at first start.
/// </summary>
public sealed class SigningOptions
{
    public const string Section = "Signing";

    public const string DefaultFileName = "publication-signing.pfx";

    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>The private key (PEM) when <see cref="CertificatePath"/> is a PEM certificate without its key.</summary>
    public string? KeyPath { get; set; }

    public bool GenerateIfMissing { get; set; }
}
