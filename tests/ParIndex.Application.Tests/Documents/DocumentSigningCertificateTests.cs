using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using ParIndex.Application.Tests.Infrastructure;
using ParIndex.Infrastructure.Signing;

namespace ParIndex.Application.Tests.Documents;

/// <summary>Where the certificate that signs the published PDFs comes from, environment by environment.</summary>
public sealed class DocumentSigningCertificateTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("parindex-signing-");

    [Fact]
    public void Configured_LoadsTheFileWithItsPasswordAndPrivateKey()
    {
        using var key = RSA.Create(2048);
        using var made = new CertificateRequest("CN=Sở Nội vụ tỉnh Thử, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            .CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllBytes(Path.Combine(_root.FullName, "ky-so.pfx"), made.Export(X509ContentType.Pfx, "mật khẩu"));

        using var signing = Create("Production", new() { ["Signing:CertificatePath"] = "ky-so.pfx", ["Signing:CertificatePassword"] = "mật khẩu" });

        Assert.Equal(made.Thumbprint, signing.Certificate!.Thumbprint);
        Assert.True(signing.Certificate.HasPrivateKey);
    }

    [Fact]
    public void Production_WithoutAFile_SignsNothing()
    {
        using var signing = Create("Production", []);

        Assert.Null(signing.Certificate);
        Assert.Empty(_root.GetFiles("*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Development_WithoutAFile_MakesOneSelfSignedCertificateAndKeepsIt()
    {
        string thumbprint;
        using (var first = Create("Development", []))
        {
            thumbprint = first.Certificate!.Thumbprint;
            Assert.True(first.Certificate.HasPrivateKey);
            Assert.Equal(first.Certificate.Subject, first.Certificate.Issuer);
        }

        using var again = Create("Development", []);

        Assert.Equal(thumbprint, again.Certificate!.Thumbprint);
        Assert.True(File.Exists(Path.Combine(_root.FullName, DocumentSigningCertificate.DevelopmentFile)));
    }

    public void Dispose() => _root.Delete(recursive: true);

    private DocumentSigningCertificate Create(string environment, Dictionary<string, string?> settings) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new TestHostEnvironment(environment, _root.FullName), _root.FullName,
            NullLogger<DocumentSigningCertificate>.Instance);
}
