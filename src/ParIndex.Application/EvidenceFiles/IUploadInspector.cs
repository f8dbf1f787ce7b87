namespace ParIndex.Application.EvidenceFiles;

/// <summary>
/// Decides from a file's bytes, not its name, whether it is one of the accepted evidence types (PDF, DOCX, XLSX,
/// JPEG, PNG), and refuses disguised files, Office zip bombs, macro documents and pixel floods.
/// </summary>
public interface IUploadInspector
{
    /// <param name="fileName">The name the user gave; its extension must agree with the content.</param>
    /// <param name="content">The received bytes, seekable.</param>
    UploadVerdict Inspect(string fileName, Stream content);
}

/// <summary>Accepted with the content type to serve it with, or refused with a message for the user in Vietnamese.</summary>
public sealed record UploadVerdict(bool IsAccepted, string? ContentType, string? Refusal)
{
    public static UploadVerdict Accept(string contentType) => new(true, contentType, null);

    public static UploadVerdict Refuse(string refusal) => new(false, null, refusal);
}
