using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using ParIndex.Application.Documents;
using ParIndex.Application.Reports;
using ParIndex.Infrastructure.Pdf;
using static ParIndex.Infrastructure.Office.WordElements;

namespace ParIndex.Infrastructure.Office;

/// <summary>
/// The draft of the decision that approves and publishes the index (Decree 30/2020, Mẫu 1.2; skeleton in
/// shared/research/official-documents.md § 4.3): the committee's letterhead, "QUYẾT ĐỊNH" and its summary, the
/// authority line, the grounds ("Căn cứ …") in italics, "QUYẾT ĐỊNH:", Điều 1–3, the recipients and the signer; the
/// ranking annex follows in a landscape section of its own. The office edits it, signs it and files it through its
/// e-office system, which gives the number and the date: until published they are left blank.
/// </summary>
internal static class DecisionDraftWord
{
    public static void Write(Body body, RankingAnnexReport report, DocumentIssuers issuers)
    {
        var year = report.Year.ToString(CultureInfo.InvariantCulture);
        var options = issuers.Options;
        var stamp = report.Issue.Stamp;
        var number = stamp is null ? DocumentIssuers.BlankNumber(options.DecisionSymbol) : $"Số: {stamp.DecisionNumber}";
        var date = issuers.PlaceAndDate(stamp?.DecisionDate, report.Year + 1);
        body.Append(OfficialWord.Letterhead(TextWidth, null, issuers.CommitteeUpperOnTwoLines, number, date));
        body.Append(OfficialWord.Title(TextWidth, "QUYẾT ĐỊNH",
            $"Phê duyệt và công bố Chỉ số cải cách hành chính năm {year} của các cơ quan, đơn vị trên địa bàn {issuers.ProvinceInSentence}"));
        body.Append(Para(issuers.DecisionAuthorityLine, TextFormat.Centered.Strong with { Size = 28, Before = 240, After = 240 }));

        var grounds = Grounds(issuers, report.Year);
        for (var i = 0; i < grounds.Count; i++)
        {
            body.Append(Para(grounds[i] + (i == grounds.Count - 1 ? "." : ";"), TextFormat.Body with { Italic = true }));
        }

        body.Append(Para("QUYẾT ĐỊNH:", TextFormat.Centered.Strong with { Size = 28, Before = 240, After = 240 }));

        var blocks = string.Join("; ", report.Blocks.Select(b => $"{b.BlockName} ({ReportWording.Count(b.Rows.Count)} đơn vị)"));
        Article(body, 1, $"Phê duyệt và công bố Chỉ số cải cách hành chính năm {year} của các cơ quan, đơn vị"
            + (blocks.Length > 0 ? $": {blocks}" : string.Empty)
            + ". Chỉ số, xếp loại và thứ hạng của từng cơ quan, đơn vị trong khối chi tiết tại Phụ lục kèm theo Quyết định này.");
        Article(body, 2, "Thủ trưởng các cơ quan, đơn vị có trách nhiệm quán triệt kết quả Chỉ số cải cách hành chính đến cán bộ, công chức, "
            + "viên chức; phân tích các tiêu chí bị mất điểm và xây dựng kế hoạch khắc phục, hoàn thành trong năm. "
            + $"Giao {options.Department} theo dõi, đôn đốc, kiểm tra việc khắc phục và báo cáo {issuers.Committee}; "
            + "đăng tải kết quả trên Cổng Thông tin điện tử tỉnh.");
        Article(body, 3, $"Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng {issuers.Committee}, {issuers.DepartmentHead}, "
            + "Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị có liên quan chịu trách nhiệm "
            + "thi hành Quyết định này./.", keepWithNext: true);

        body.Append(Para(string.Empty, TextFormat.Plain with { KeepNext = true }));
        body.Append(OfficialWord.Signature(TextWidth,
            [
                "- Như Điều 3;", "- Bộ Nội vụ (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;", "- Cổng TTĐT tỉnh;",
                $"- Lưu: VT, {options.DepartmentCode}.",
            ],
            issuers.DecidedByChair ? options.DecisionSigner : WithCommittee(options.DecisionSigner)));
    }

    /// <summary>The grounds from the configuration, else the usual ones with the province's own left blank to fill in.</summary>
    private static List<string> Grounds(DocumentIssuers issuers, int year)
    {
        if (issuers.Options.LegalBases is { Count: > 0 } configured)
        {
            return [.. configured.Select(g => g.Trim().TrimEnd(';', '.'))];
        }

        var blank = OfficialDate.Unfilled();
        return
        [
            "Căn cứ Luật Tổ chức chính quyền địa phương",
            "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước "
            + "giai đoạn 2021 - 2030",
            "Căn cứ Quyết định số 876/QĐ-BNV ngày 10 tháng 11 năm 2022 của Bộ trưởng Bộ Nội vụ phê duyệt Đề án \"Xác định Chỉ số cải cách hành chính "
            + "của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương\"",
            $"Căn cứ Quyết định số      /{issuers.Options.DecisionSymbol} {blank} của {issuers.Committee} ban hành Bộ tiêu chí và phương pháp "
            + "xác định Chỉ số cải cách hành chính của các cơ quan, đơn vị trên địa bàn tỉnh",
            $"Căn cứ Kế hoạch số      /KH-UBND {blank} của {issuers.Committee} về xác định Chỉ số cải cách hành chính năm "
            + year.ToString(CultureInfo.InvariantCulture),
            $"Theo đề nghị của {issuers.DepartmentHead} tại Tờ trình số      /TTr-{issuers.Options.DepartmentCode} {blank}",
        ];
    }

    /// <summary>A decision of the committee as a body is signed on its behalf: "TM. ỦY BAN NHÂN DÂN" above the position.</summary>
    private static SignerOptions WithCommittee(SignerOptions signer) => new()
    {
        Authority = "TM. ỦY BAN NHÂN DÂN",
        Title = string.Join(" ", new[] { signer.Authority, signer.Title }.Where(l => !string.IsNullOrWhiteSpace(l))),
        Name = signer.Name,
    };

    /// <summary>"Điều 1." in bold, then the article's text, indented 1 cm.</summary>
    /// <remarks>The last article keeps with the signer's block, so the signature never stands alone on a page.</remarks>
    private static void Article(Body body, int number, string text, bool keepWithNext = false) =>
        body.Append(Para(TextFormat.Body with { KeepNext = keepWithNext }, Run($"Điều {number.ToString(CultureInfo.InvariantCulture)}. ", TextFormat.Plain.Strong),
            Run(text, TextFormat.Plain)));
}
