namespace ParIndex.Domain.Common;

/// <summary>
/// The lengths of what people type that several records share, declared once: <see cref="Guard"/> checks them in
/// the domain, the EF configurations size the columns with them and the validators refuse with them (their
/// messages say {MaxLength}, so the number is written nowhere else). Limits of one entity stay on that entity
/// (<c>Evidence.MaxTitleLength</c>…).
/// </summary>
public static class TextLimits
{
    /// <summary>A document's number and symbol ("412/QĐ-UBND"): decisions, minutes, cited documents.</summary>
    public const int DocumentNumber = 100;

    /// <summary>A person or body as written on a document: the signer's title and name, the issuing body.</summary>
    public const int PersonOrBody = 200;

    /// <summary>A reason given for a step (an extension, reopening a step).</summary>
    public const int Reason = 1000;

    /// <summary>A web address cited as evidence.</summary>
    public const int Url = 1000;

    /// <summary>Free notes kept with a decision (the council's).</summary>
    public const int Notes = 2000;
}
