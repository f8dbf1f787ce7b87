using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ParIndex.Application.Documents;

namespace ParIndex.Infrastructure.Signing;

/// <summary>
/// The portal's signing certificate with its private key, loaded once from the keys folder or the configured file
/// (<see cref="SigningOptions"/>). Publications are signed with it (<see cref="CertificatePublicationSigner"/>); other
/// signed outputs (PDF reports) take the same <see cref="Certificate"/> from the container.
/// </summary>
public sealed class SigningCertificate : IDocumentSigningCertificate, IDisposable
{
    private SigningCertificate(X509Certificate2? certificate, string path)
    {
        Certificate = certificate;
        Path = path;
    }

    /// <summary>The certificate with its private key; null when none is configured (Production refuses to publish then).</summary>
    public X509Certificate2? Certificate { get; }

    /// <summary>The file it was read from, or where it was looked for.</summary>
    public string Path { get; }

    public static SigningCertificate Load(SigningOptions options, string keysFolder, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.CertificatePath is { Length: > 0 } configured
            ? System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, configured))
            : System.IO.Path.Combine(keysFolder, SigningOptions.DefaultFileName);
        if (!File.Exists(path))
        {
            return options.GenerateIfMissing && options.CertificatePath is not { Length: > 0 }
                ? new SigningCertificate(Generate(path, options.CertificatePassword), path)
                : new SigningCertificate(null, path);
        }

        if (path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".crt", StringComparison.OrdinalIgnoreCase))
        {
            var keyPath = options.KeyPath is { Length: > 0 } key ? System.IO.Path.GetFullPath(System.IO.Path.Combine(contentRoot, key)) : null;
            return new SigningCertificate(X509Certificate2.CreateFromPemFile(path, keyPath), path);
        }

        return new SigningCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, options.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet), path);
    }

    public void Dispose() => Certificate?.Dispose();

    /// <summary>A self-signed ECDSA P-256 certificate for Development, saved so the key survives a restart.</summary>
    private static X509Certificate2 Generate(string path, string? password)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=ParIndex publication signing (Development), O=ParIndex", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(5));
        var pfx = created.Export(X509ContentType.Pkcs12, password);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, pfx);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // Two processes starting together: the first file wins, and both then use it.
        try
        {
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temporary);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
    }
}
