using ParIndex.Domain.Common;

namespace ParIndex.Domain.Publications;

/// <summary>The provincial People's Committee's decision that publishes the index (số, ngày, người ký).</summary>
public sealed record PublicationDecision
{
    public PublicationDecision(string number, DateOnly date, string signer)
    {
        Number = Guard.Text(number, TextLimits.DocumentNumber, "publication.decisionNumber");
        Date = date;
        Signer = Guard.Text(signer, TextLimits.PersonOrBody, "publication.signer");
    }

    public string Number { get; }

    public DateOnly Date { get; }

    public string Signer { get; }
}
