namespace ParIndex.Application.Publication;

/// <summary>
/// The portal's publication key, kept outside the database (a certificate file given by configuration, docs/security.md):
/// signs each publication when it is made and checks the signatures with the public key. Infrastructure implements it
/// over an X.509 certificate (ECDSA P-256 or RSA).
/// </summary>
public interface IPublicationSigner
{
    /// <summary>Whether a private key is loaded, so publications can be signed. Production refuses to publish without one.</summary>
    bool CanSign { get; }

    /// <summary>SHA-256 (lower-case hex) of the public key (SubjectPublicKeyInfo); null when no key is configured.</summary>
    string? Fingerprint { get; }

    /// <summary>The public key in PEM ("-----BEGIN PUBLIC KEY-----"), offered for download to check publications offline.</summary>
    string? PublicKeyPem { get; }

    /// <summary>The signature (base64) of <paramref name="text"/> (UTF-8); throws when <see cref="CanSign"/> is false.</summary>
    string Sign(string text);

    /// <summary>Whether <paramref name="signature"/> is this key's signature of <paramref name="text"/>.</summary>
    bool Verify(string text, string signature);
}
