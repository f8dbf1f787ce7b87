using System.Formats.Asn1;
using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;

namespace ParIndex.Infrastructure.Signing;

/// <summary>What a PDF signature says about itself: who, why, where and when (the claimed signing time, /M).</summary>
public sealed record PdfSignatureInfo(string Name, string Reason, string Location, DateTimeOffset SigningTime);

/// <summary>
/// Signs a finished PDF with a PAdES baseline signature (ISO 32000 incremental update, /SubFilter /ETSI.CAdES.detached):
/// the original bytes stay untouched; appended are an invisible signature field on the first page, the catalog with
/// its /AcroForm, the signature dictionary and a new cross-reference section. The CMS is detached, SHA-256, with the
/// ESS signing-certificate-v2 attribute and no signing-time attribute (the time is the dictionary's /M), as PAdES asks.
/// Works on PDFs with a classic cross-reference table, as SkiaSharp writes them.
/// </summary>
public static partial class PdfSigner
{
    /// <summary>Room for the CMS in the file, in bytes (a certificate chain of two or three fits).</summary>
    private const int SignatureCapacity = 16384;

    private const string ByteRangePlaceholder = "/ByteRange [0 0000000000 0000000000 0000000000]";

    public static byte[] Sign(byte[] pdf, X509Certificate2 certificate, PdfSignatureInfo info)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(info);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException("The signing certificate has no private key.");
        }

        var text = Encoding.Latin1.GetString(pdf);
        var trailer = Trailer.Read(text);
        var offsets = CrossReference(text, trailer.StartXref);
        var catalog = ObjectText(text, offsets, trailer.Root);
        var page = FirstPage(text, offsets, catalog);

        var signatureNumber = trailer.Size;
        var fieldNumber = trailer.Size + 1;
        var objects = new SortedDictionary<int, string>
        {
            [trailer.Root] = Extend(catalog, $"/AcroForm << /Fields [{fieldNumber} 0 R] /SigFlags 3 >>"),
            [signatureNumber] = "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached " + ByteRangePlaceholder
                + " /Contents <" + new string('0', SignatureCapacity * 2) + ">"
                + $" /M {PdfDate(info.SigningTime)} /Name {PdfText(info.Name)} /Reason {PdfText(info.Reason)} /Location {PdfText(info.Location)} >>",
            [fieldNumber] = $"<< /Type /Annot /Subtype /Widget /FT /Sig /F 132 /Rect [0 0 0 0] /T {PdfText("Chữ ký số 1")} /V {signatureNumber} 0 R"
                + $" /P {page.Number} 0 R >>",
        };
        if (!page.Text.Contains("/Annots", StringComparison.Ordinal))
        {
            objects[page.Number] = Extend(page.Text, $"/Annots [{fieldNumber} 0 R]");
        }

        var update = new StringBuilder("\n");
        var written = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            written[number] = pdf.Length + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{number} 0 obj\n{body}\nendobj\n");
        }

        var xref = pdf.Length + update.Length;
        update.Append("xref\n");
        foreach (var (number, offset) in written)
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:0000000000} 00000 n \n");
        }

        update.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {trailer.Size + 2} /Root {trailer.Root} 0 R");
        if (trailer.Info is { } infoRef)
        {
            update.Append(CultureInfo.InvariantCulture, $" /Info {infoRef}");
        }

        if (trailer.Id is { } id)
        {
            update.Append(" /ID ").Append(id);
        }

        update.Append(CultureInfo.InvariantCulture, $" /Prev {trailer.StartXref} >>\nstartxref\n{xref}\n%%EOF\n");

        var signed = new byte[pdf.Length + update.Length];
        pdf.CopyTo(signed, 0);
        Encoding.Latin1.GetBytes(update.ToString(), 0, update.Length, signed, pdf.Length);
        return Fill(signed, pdf.Length, certificate);
    }

    /// <summary>Writes the byte range around /Contents, then the CMS of the bytes it covers into /Contents.</summary>
    private static byte[] Fill(byte[] signed, int updateStart, X509Certificate2 certificate)
    {
        var tail = Encoding.Latin1.GetString(signed, updateStart, signed.Length - updateStart);
        var rangeAt = updateStart + tail.IndexOf(ByteRangePlaceholder, StringComparison.Ordinal);
        var contentsAt = updateStart + tail.IndexOf("/Contents <", StringComparison.Ordinal) + "/Contents ".Length;
        var contentsEnd = contentsAt + (SignatureCapacity * 2) + 2;
        var range = $"/ByteRange [0 {contentsAt} {contentsEnd} {signed.Length - contentsEnd}]".PadRight(ByteRangePlaceholder.Length);
        Encoding.Latin1.GetBytes(range).CopyTo(signed, rangeAt);

        var covered = new byte[contentsAt + (signed.Length - contentsEnd)];
        Array.Copy(signed, 0, covered, 0, contentsAt);
        Array.Copy(signed, contentsEnd, covered, contentsAt, signed.Length - contentsEnd);
        var cms = Cms(covered, certificate);
        if (cms.Length > SignatureCapacity)
        {
            throw new InvalidOperationException($"The signature ({cms.Length} bytes) does not fit the {SignatureCapacity} bytes reserved for it.");
        }

        Encoding.Latin1.GetBytes(Convert.ToHexString(cms)).CopyTo(signed, contentsAt + 1);
        return signed;
    }

    private static byte[] Cms(byte[] content, X509Certificate2 certificate)
    {
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"),
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        signer.SignedAttributes.Add(new AsnEncodedData(new Oid("1.2.840.113549.1.9.16.2.47"), SigningCertificateV2(certificate)));
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>ESS SigningCertificateV2 (RFC 5035) naming the signer's certificate by its SHA-256 (the default algorithm, so omitted).</summary>
    private static byte[] SigningCertificateV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                using (writer.PushSequence())
                {
                    writer.WriteOctetString(SHA256.HashData(certificate.RawData));
                }
            }
        }

        return writer.Encode();
    }

    private static string Extend(string dictionaryObject, string entries)
    {
        var end = dictionaryObject.LastIndexOf(">>", StringComparison.Ordinal);
        return dictionaryObject[..end].TrimEnd() + " " + entries + ">>" + dictionaryObject[(end + 2)..];
    }

    private static (int Number, string Text) FirstPage(string text, Dictionary<int, long> offsets, string catalog)
    {
        var node = Reference(catalog, "Pages") ?? throw new InvalidDataException("The PDF's catalog has no /Pages.");
        for (var depth = 0; depth < 32; depth++)
        {
            var body = ObjectText(text, offsets, node);
            if (!KidsPattern().IsMatch(body))
            {
                return (node, body);
            }

            node = int.Parse(KidsPattern().Match(body).Groups[1].Value, CultureInfo.InvariantCulture);
        }

        throw new InvalidDataException("The PDF's page tree is too deep.");
    }

    /// <summary>The dictionary of object <paramref name="number"/>: the text between "obj" and "endobj".</summary>
    private static string ObjectText(string text, Dictionary<int, long> offsets, int number)
    {
        var start = text.IndexOf("obj", (int)offsets[number], StringComparison.Ordinal) + 3;
        var end = text.IndexOf("endobj", start, StringComparison.Ordinal);
        var body = text[start..end].Trim();
        if (!body.StartsWith("<<", StringComparison.Ordinal) || body.Contains("stream", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"Object {number} is not a plain dictionary.");
        }

        return body;
    }

    /// <summary>Object offsets from the classic cross-reference table at <paramref name="startXref"/>.</summary>
    private static Dictionary<int, long> CrossReference(string text, long startXref)
    {
        var offsets = new Dictionary<int, long>();
        var lines = text[(int)startXref..].Split('\n', StringSplitOptions.TrimEntries);
        if (lines[0] != "xref")
        {
            throw new InvalidDataException("The PDF has no classic cross-reference table.");
        }

        var i = 1;
        while (i < lines.Length && !lines[i].StartsWith("trailer", StringComparison.Ordinal))
        {
            var header = lines[i++].Split(' ');
            var first = int.Parse(header[0], CultureInfo.InvariantCulture);
            var count = int.Parse(header[1], CultureInfo.InvariantCulture);
            for (var n = 0; n < count; n++, i++)
            {
                var entry = lines[i].Split(' ');
                if (entry[2] == "n")
                {
                    offsets[first + n] = long.Parse(entry[0], CultureInfo.InvariantCulture);
                }
            }
        }

        return offsets;
    }

    private static int? Reference(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, $@"/{key}\s+(\d+)\s+0\s+R");
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A text string as UTF-16BE with its byte order mark, in hex: any Vietnamese text, no escaping.</summary>
    private static string PdfText(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    private static string PdfDate(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        return $"(D:{time.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}{sign}{Math.Abs(offset.Hours):00}'{Math.Abs(offset.Minutes):00}')";
    }

    [GeneratedRegex(@"/Kids\s*\[\s*(\d+)\s+0\s+R")]
    private static partial Regex KidsPattern();

    /// <summary>The last trailer: the catalog, the document information, the file's ids, the object count and the table's place.</summary>
    private sealed record Trailer(int Root, string? Info, string? Id, int Size, long StartXref)
    {
        public static Trailer Read(string text)
        {
            var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
            var trailerAt = text.LastIndexOf("trailer", StringComparison.Ordinal);
            if (startxref < 0 || trailerAt < 0)
            {
                throw new InvalidDataException("The PDF has no trailer.");
            }

            var dictionary = text[trailerAt..startxref];
            var root = Reference(dictionary, "Root") ?? throw new InvalidDataException("The PDF's trailer has no /Root.");
            var info = Regex.Match(dictionary, @"/Info\s+(\d+\s+\d+\s+R)");
            var id = Regex.Match(dictionary, @"/ID\s*(\[[^\]]*\])");
            var size = int.Parse(Regex.Match(dictionary, @"/Size\s+(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
            var offset = long.Parse(text[(startxref + "startxref".Length)..].Trim().Split('\n')[0].Trim(), CultureInfo.InvariantCulture);
            return new Trailer(root, info.Success ? info.Groups[1].Value : null, id.Success ? id.Groups[1].Value : null, size, offset);
        }
    }
}
