namespace ParIndex.Application.Documents;

/// <summary>
/// Settings section "Documents": who issues the official documents and who signs them (Decree 30/2020/NĐ-CP). Empty
/// values are worked out from <see cref="ProvinceName"/> (or <c>Portal:ProvinceName</c>); a value left blank in a
/// document is left with dots for the office to fill in.
/// </summary>
public sealed class DocumentOptions
{
    public const string Section = "Documents";

    /// <summary>"Tỉnh Sông Lam". A remark in brackets ("(minh họa)") is never printed.</summary>
    public string ProvinceName { get; set; } = string.Empty;

    /// <summary>The place in the date line ("Sông Lam, ngày …"); the province's name without "Tỉnh" when empty.</summary>
    public string Place { get; set; } = string.Empty;

    /// <summary>The department that runs the index and issues the reports and scorecards.</summary>
    public string Department { get; set; } = "Sở Nội vụ";

    /// <summary>Its abbreviation in numbers and symbols ("…/BC-SNV").</summary>
    public string DepartmentCode { get; set; } = "SNV";

    /// <summary>The department's office that drafts (in "Lưu: VT, CCHC.").</summary>
    public string DraftingUnitCode { get; set; } = "CCHC";

    /// <summary>The symbol of the decision that publishes the index ("…/QĐ-UBND").</summary>
    public string DecisionSymbol { get; set; } = "QĐ-UBND";

    /// <summary>
    /// Who holds the power to publish: "Chủ tịch" (the line "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", the annex "của Chủ tịch
    /// Ủy ban nhân dân tỉnh …") or "Ủy ban" (the committee as a body, signed TM. ỦY BAN NHÂN DÂN).
    /// </summary>
    public string DecisionAuthority { get; set; } = "Chủ tịch";

    /// <summary>The decision's signer block: authority lines and the name (the publication's signer when published).</summary>
    public SignerOptions DecisionSigner { get; set; } = new() { Authority = "KT. CHỦ TỊCH", Title = "PHÓ CHỦ TỊCH" };

    /// <summary>The department's signer block on the reports and scorecards.</summary>
    public SignerOptions DepartmentSigner { get; set; } = new() { Authority = "KT. GIÁM ĐỐC", Title = "PHÓ GIÁM ĐỐC" };

    /// <summary>The grounds of the draft decision ("Căn cứ …"), one a line, without the final ";" or "."; defaults when empty.</summary>
    public List<string> LegalBases { get; set; } = [];
}

/// <summary>A signer block: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / the name.</summary>
public sealed class SignerOptions
{
    public string Authority { get; set; } = string.Empty;

    public string Title { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;
}
