using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using ParIndex.Application.Publication;

namespace ParIndex.Infrastructure.Signing;

/// <summary>
/// Signs publications with the certificate's private key: ECDSA over SHA-256 with a DER signature (what
/// <c>openssl dgst -sha256 -verify</c> reads), or RSA PKCS#1 v1.5 over SHA-256.
/// </summary>
public sealed class CertificatePublicationSigner : IPublicationSigner
{
    private readonly X509Certificate2? _certificate;
    private readonly Lock _gate = new();

    public CertificatePublicationSigner(SigningCertificate signing)
    {
        ArgumentNullException.ThrowIfNull(signing);
        _certificate = signing.Certificate;
        if (_certificate is not null)
        {
            var publicKey = _certificate.PublicKey.ExportSubjectPublicKeyInfo();
            Fingerprint = Convert.ToHexStringLower(SHA256.HashData(publicKey));
            PublicKeyPem = PemEncoding.WriteString("PUBLIC KEY", publicKey) + "\n";
        }
    }

    public bool CanSign => _certificate?.HasPrivateKey == true;

    public string? Fingerprint { get; }

    public string? PublicKeyPem { get; }

    public string Sign(string text)
    {
        var certificate = _certificate is { HasPrivateKey: true } loaded
            ? loaded
            : throw new InvalidOperationException("No publication signing key is configured (Signing:CertificatePath).");
        var data = Encoding.UTF8.GetBytes(text);
        lock (_gate)
        {
            using var ecdsa = certificate.GetECDsaPrivateKey();
            if (ecdsa is not null)
            {
                return Convert.ToBase64String(ecdsa.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));
            }

            using var rsa = certificate.GetRSAPrivateKey() ?? throw new NotSupportedException("The signing certificate must hold an ECDSA or RSA key.");
            return Convert.ToBase64String(rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        }
    }

    public bool Verify(string text, string signature)
    {
        if (_certificate is null)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        var data = Encoding.UTF8.GetBytes(text);
        lock (_gate)
        {
            using var ecdsa = _certificate.GetECDsaPublicKey();
            if (ecdsa is not null)
            {
                return ecdsa.VerifyData(data, bytes, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
            }

            using var rsa = _certificate.GetRSAPublicKey();
            return rsa is not null && rsa.VerifyData(data, bytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
    }
}
