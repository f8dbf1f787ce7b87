using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParIndex.Application.Documents;

namespace ParIndex.Infrastructure.Signing;

/// <summary>
/// The certificate that signs the published PDFs: a PKCS#12 file from <c>Signing:CertificatePath</c> (relative to the
/// content root) with <c>Signing:CertificatePassword</c>. Outside Production, when none is configured, a self-signed
/// certificate is made at first use and kept in <c>data/signing/</c> (or <c>Signing:DevelopmentCertificatePath</c>), so
/// every start signs with the same one. In
/// Production without a file, PDFs are issued unsigned and a warning says so. Loaded once.
/// </summary>
public sealed class DocumentSigningCertificate(IConfiguration configuration, IHostEnvironment environment, string contentRoot,
    ILogger<DocumentSigningCertificate> logger) : IDocumentSigningCertificate, IDisposable
{
    public const string DevelopmentFile = "data/signing/parindex-development-signing.pfx";

    private readonly Lazy<X509Certificate2?> _certificate = new(() => Load(configuration, environment, contentRoot, logger));

    public X509Certificate2? Certificate => _certificate.Value;

    public void Dispose()
    {
        if (_certificate.IsValueCreated)
        {
            _certificate.Value?.Dispose();
        }
    }

    private static X509Certificate2? Load(IConfiguration configuration, IHostEnvironment environment, string contentRoot, ILogger logger)
    {
        if (configuration["Signing:CertificatePath"] is { Length: > 0 } configured)
        {
            var path = Path.Combine(contentRoot, configured);
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration["Signing:CertificatePassword"], X509KeyStorageFlags.EphemeralKeySet);
            if (!certificate.HasPrivateKey)
            {
                throw new InvalidOperationException($"The signing certificate {path} has no private key.");
            }

            return certificate;
        }

        if (environment.IsProduction())
        {
            logger.LogWarning("No Signing:CertificatePath is configured: published PDFs are issued without a digital signature.");
            return null;
        }

        var file = Path.Combine(contentRoot, configuration["Signing:DevelopmentCertificatePath"] is { Length: > 0 } own ? own : DevelopmentFile);
        if (!File.Exists(file))
        {
            CreateDevelopmentCertificate(file);
            logger.LogInformation("Made a self-signed certificate for signing PDFs in development: {File}", file);
        }

        return X509CertificateLoader.LoadPkcs12FromFile(file, password: null, X509KeyStorageFlags.EphemeralKeySet);
    }

    /// <summary>RSA 3072, ten years, for digital signatures: only ever trusted by whoever adds it by hand.</summary>
    private static void CreateDevelopmentCertificate(string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var key = RSA.Create(3072);
        var request = new CertificateRequest("CN=ParIndex - chứng thư ký số dùng thử (phát triển), O=ParIndex, C=VN", key, HashAlgorithmName.SHA256,
            RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.4"), new Oid("1.3.6.1.4.1.311.10.3.12")], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var now = DateTimeOffset.UtcNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(10));
        var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, certificate.Export(X509ContentType.Pfx));
        try
        {
            // Two processes starting together: the first file wins, the other is dropped.
            File.Move(temporary, file, overwrite: false);
        }
        catch (IOException) when (File.Exists(file))
        {
            File.Delete(temporary);
        }
    }
}
