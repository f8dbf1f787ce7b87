using System.Globalization;

namespace ParIndex.Application.Documents;

/// <summary>
/// The names an official document prints, worked out once from <see cref="DocumentOptions"/>: the letterhead's
/// lines ("UBND TỈNH SÔNG LAM" / "SỞ NỘI VỤ"), the place in the date line, the authority of the decision and the
/// signer blocks. Without a province the names are left with dots to fill in by hand.
/// </summary>
public sealed class DocumentIssuers
{
    public const string Unfilled = "……";

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private DocumentIssuers(DocumentOptions options, string? province)
    {
        Options = options;
        Province = province;
    }

    public DocumentOptions Options { get; }

    /// <summary>"Tỉnh Sông Lam", or null when no province is configured.</summary>
    public string? Province { get; }

    /// <summary>"tỉnh Sông Lam", as a sentence names it.</summary>
    public string ProvinceInSentence => Province is { } p ? char.ToLower(p[0], Vietnamese) + p[1..] : $"tỉnh {Unfilled}";

    /// <summary>"Sông Lam": the place in the date line.</summary>
    public string Place => Options.Place is { Length: > 0 } place ? place.Trim() : ShortName ?? Unfilled;

    /// <summary>"Ủy ban nhân dân tỉnh Sông Lam".</summary>
    public string Committee => "Ủy ban nhân dân " + ProvinceInSentence;

    /// <summary>"ỦY BAN NHÂN DÂN TỈNH SÔNG LAM": the province's committee as an issuing body.</summary>
    public string CommitteeUpper => Upper(Committee);

    /// <summary>"ỦY BAN NHÂN DÂN" and "TỈNH SÔNG LAM" on two lines, for a narrow letterhead column.</summary>
    public string CommitteeUpperOnTwoLines => "ỦY BAN NHÂN DÂN\n" + Upper(ProvinceInSentence);

    /// <summary>"UBND TỈNH SÔNG LAM": the committee as the parent of a department.</summary>
    public string CommitteeAsParent => Upper("UBND " + ProvinceInSentence);

    /// <summary>"SỞ NỘI VỤ".</summary>
    public string DepartmentUpper => Upper(Options.Department);

    /// <summary>"Giám đốc Sở Nội vụ".</summary>
    public string DepartmentHead => "Giám đốc " + Options.Department;

    public bool DecidedByChair => !Options.DecisionAuthority.Trim().StartsWith("Ủy ban", StringComparison.OrdinalIgnoreCase);

    /// <summary>Who publishes, as a sentence names it: "Chủ tịch Ủy ban nhân dân tỉnh Sông Lam" (or the committee).</summary>
    public string DecisionIssuer => DecidedByChair ? "Chủ tịch " + Committee : Committee;

    /// <summary>The decision's authority line, centred under its title.</summary>
    public string DecisionAuthorityLine => Upper(DecisionIssuer);

    /// <summary>"Sông Lam, ngày 10 tháng 3 năm 2026", or with the day and month blank for a draft.</summary>
    public string PlaceAndDate(DateOnly? date, int year) =>
        $"{Place}, {(date is { } d ? OfficialDate.Written(d) : OfficialDate.Unfilled(year))}";

    /// <summary>"Số:      /QĐ-UBND": the number is given at issuance.</summary>
    public static string BlankNumber(string symbol) => $"Số:        /{symbol}";

    public static DocumentIssuers From(DocumentOptions? options, string? portalProvince)
    {
        options ??= new DocumentOptions();
        var configured = options.ProvinceName is { Length: > 0 } name ? name : portalProvince;
        return new DocumentIssuers(options, Proper(configured));
    }

    public static string Upper(string text) => text.ToUpper(Vietnamese);

    /// <summary>"Tỉnh Sông Lam (minh họa)" → "Sông Lam".</summary>
    private string? ShortName
    {
        get
        {
            if (Province is not { } name)
            {
                return null;
            }

            foreach (var kind in new[] { "Tỉnh ", "Thành phố " })
            {
                if (name.StartsWith(kind, StringComparison.OrdinalIgnoreCase))
                {
                    return name[kind.Length..].Trim();
                }
            }

            return name;
        }
    }

    /// <summary>The name without a remark in brackets such as "(minh họa)"; null when nothing is left.</summary>
    private static string? Proper(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var bracket = name.IndexOf('(', StringComparison.Ordinal);
        name = (bracket > 0 ? name[..bracket] : name).Trim();
        return name.Length == 0 ? null : char.ToUpper(name[0], Vietnamese) + name[1..];
    }
}
