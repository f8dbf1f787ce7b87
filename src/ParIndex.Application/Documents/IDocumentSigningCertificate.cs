using System.Security.Cryptography.X509Certificates;

namespace ParIndex.Application.Documents;

/// <summary>
/// The certificate (with its private key) that digitally signs the published PDFs. Configured as a file
/// (<c>Signing:CertificatePath</c>, <c>Signing:CertificatePassword</c>); in Development a self-signed one is made at
/// first use. Null when none is configured: the PDFs are then issued unsigned.
/// </summary>
public interface IDocumentSigningCertificate
{
    X509Certificate2? Certificate { get; }
}
