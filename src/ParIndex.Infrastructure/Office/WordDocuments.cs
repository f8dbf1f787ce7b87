using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Extensions.Configuration;
using ParIndex.Application.Common;
using ParIndex.Application.Documents;
using ParIndex.Application.Exports;
using ParIndex.Application.Reports;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using static ParIndex.Infrastructure.Office.WordElements;

namespace ParIndex.Infrastructure.Office;

/// <summary>
/// The Word documents: the scorecard, the self-assessment report, the ranking annex and the draft decision. The
/// province in the self-assessment report's heading comes from <c>Portal:ProvinceName</c> ("Tỉnh Sông Lam"); without
/// one, the line is left with dots to fill in by hand. The documents the department and the committee issue take
/// their names and signers from <see cref="DocumentIssuers"/> (settings section "Documents").
/// </summary>
internal sealed class WordDocuments(IConfiguration configuration, DocumentIssuers issuers) : IWordDocuments, Application.Reports.IWordReports
{
    private const string LightFill = "F2F2F2";
    private const string Unfilled = "……";

    private static readonly string[] LocalLevels = ["Xã ", "Phường ", "Thị trấn ", "Đặc khu "];

    private string? Province => configuration["Portal:ProvinceName"] is { Length: > 0 } name ? name.Trim() : null;

    public byte[] RankingAnnex(RankingAnnexReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Create([(body => RankingAnnexWord.Write(body, report, issuers, withLetterhead: true), true)]);
    }

    public byte[] DecisionDraft(RankingAnnexReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Create(
        [
            (body => DecisionDraftWord.Write(body, report, issuers), false),
            (body => RankingAnnexWord.Write(body, report, issuers, withLetterhead: false), true),
        ]);
    }

    /// <summary>
    /// The scorecard as the department issues it: letterhead, "PHIẾU KẾT QUẢ", the decision it reproduces, the key
    /// figures with last year's, domains, the losses first, every criterion, then the recipients and the signer.
    /// </summary>
    public byte[] Scorecard(ScorecardContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (header, card, lines) = (content.Header, content.Card, content.Lines);
        var options = issuers.Options;
        return Create(body =>
        {
            var today = VietnamTime.DateOf(header.GeneratedAtUtc);
            body.Append(OfficialWord.Letterhead(TextWidth, issuers.CommitteeAsParent, issuers.DepartmentUpper,
                DocumentIssuers.BlankNumber($"{options.DepartmentCode}-{options.DraftingUnitCode}"), issuers.PlaceAndDate(today, today.Year)));
            body.Append(OfficialWord.Title(TextWidth, "PHIẾU KẾT QUẢ", $"Chỉ số cải cách hành chính năm {Year(header.Year)} của {card.UnitName}"));
            body.Append(Para($"{card.BlockName} · {(card.IsImported ? Pdf.ReportWording.ImportedSource : card.FrameworkName)} · {card.PeriodName}",
                TextFormat.Centered with { Italic = true, Before = 120, After = 60 }));
            body.Append(header.Stamp is { } stamp
                ? Para($"(Theo Quyết định số {stamp.DecisionNumber} {OfficialDate.Written(stamp.DecisionDate)} của {issuers.DecisionIssuer}; "
                    + $"phiên bản {stamp.Version.ToString(CultureInfo.InvariantCulture)}; mã kiểm tra SHA-256: {stamp.Sha256})",
                    new TextFormat(Italic: true, Size: 22, After: 200, Align: JustificationValues.Center, Line: 240))
                : Para(ExportText.Preview, new TextFormat(Bold: true, Italic: true, Size: 24, After: 200, Align: JustificationValues.Center, Color: "C00000", Line: 240)));

            var index = card.RecordedIndex ?? card.Score?.Index;
            var lost = lines.Where(l => l.Lost > 0m).Sum(l => l.Lost!.Value);
            var previous = content.Previous;
            int[] summary = previous is null ? [2338, 2338, 2339, 2339] : [1559, 1559, 1559, 1559, 1559, 1559];
            var facts = Table(summary, borders: true);
            var headings = new List<string> { "Chỉ số", "Xếp loại", "Thứ hạng trong khối", "Tổng điểm bị mất, bị trừ" };
            var values = new List<TableCell>
            {
                Cell(summary[0], index is { } i ? OfficeText.Index(ScoreRounding.ToPublished(i)) : "—", TextFormat.Cell.Center.Strong),
                Cell(summary[1], card.Classification is null ? "—" : ExportText.Of(card.Classification), TextFormat.Cell.Center),
                Cell(summary[2], card.Rank is { } rank ? rank.ToString(CultureInfo.InvariantCulture) : "Không xếp hạng", TextFormat.Cell.Center),
                Cell(summary[3], card.Score is null ? "—" : OfficeText.Points(lost), TextFormat.Cell.Center),
            };
            if (previous is not null)
            {
                var year = Year(previous.Year);
                headings.AddRange([$"Chỉ số năm {year}", $"Thứ hạng năm {year}"]);
                values.Add(Cell(summary[4], previous.Index is { } p ? OfficeText.Index(p) : "—", TextFormat.Cell.Center));
                values.Add(Cell(summary[5], previous.Rank is { } r ? r.ToString(CultureInfo.InvariantCulture) : "—", TextFormat.Cell.Center));
            }

            facts.Append(HeaderRow(summary, [.. headings]));
            facts.Append(Row([.. values]));
            body.Append(facts);

            if (card.Score is not { } score)
            {
                body.Append(Para("Năm này chỉ có kết quả tổng hợp (theo số liệu đã công bố), không có điểm từng tiêu chí.", TextFormat.Body with { Before = 200 }));
                Close(body, card.UnitName, header.GeneratedAtUtc);
                return;
            }

            body.Append(Para("I. KẾT QUẢ THEO LĨNH VỰC", TextFormat.Heading with { Before = 240 }));
            int[] domainWidths = [600, 5154, 1200, 1200, 1200];
            var domains = Table(domainWidths, borders: true);
            domains.Append(HeaderRow(domainWidths, "STT", "Lĩnh vực", "Điểm đạt", "Điểm tối đa", "Tỷ lệ (%)"));
            foreach (var (domain, n) in score.Domains.Select((d, n) => (d, n + 1)))
            {
                domains.Append(Row(
                    Cell(domainWidths[0], n.ToString(CultureInfo.InvariantCulture), TextFormat.Cell.Center),
                    Cell(domainWidths[1], $"{domain.Code}. {domain.Title}", TextFormat.Cell),
                    Cell(domainWidths[2], OfficeText.Points(domain.Points), TextFormat.Cell.Right),
                    Cell(domainWidths[3], OfficeText.Points(domain.ApplicableMax), TextFormat.Cell.Right),
                    Cell(domainWidths[4], domain.Percent is { } p ? OfficeText.Index(ScoreRounding.ToPublished(p)) : ExportText.NotEvaluated,
                        TextFormat.Cell.Right)));
            }

            body.Append(domains);

            var losses = lines.Where(l => l.Lost > 0m).OrderByDescending(l => l.Lost).ThenBy(l => l.Code, StringComparer.Ordinal).ToList();
            body.Append(Para("II. CÁC TIÊU CHÍ BỊ MẤT ĐIỂM (NHIỀU NHẤT TRƯỚC)", TextFormat.Heading with { Before = 240 }));
            if (losses.Count == 0)
            {
                body.Append(Para("Đơn vị không bị mất điểm ở tiêu chí nào.", TextFormat.Body));
            }
            else
            {
                body.Append(CriteriaTable(losses.Select(l => ((string?)null, (CriterionScoreLine?)l))));
            }

            body.Append(Para("III. CHI TIẾT THEO TIÊU CHÍ", TextFormat.Heading with { Before = 240 }));
            var titles = score.Domains.ToDictionary(d => d.Code, d => d.Title, StringComparer.Ordinal);
            body.Append(CriteriaTable(lines.GroupBy(l => l.DomainCode).SelectMany(g =>
                new (string?, CriterionScoreLine?)[] { ($"{g.Key}. {titles.GetValueOrDefault(g.Key, string.Empty)}".TrimEnd(' ', '.'), null) }
                    .Concat(g.Select(l => ((string?)null, (CriterionScoreLine?)l))))));
            Close(body, card.UnitName, header.GeneratedAtUtc);
        });
    }

    /// <summary>The recipients and the department's signer, then when the file was produced.</summary>
    private void Close(Body body, string unitName, DateTime generatedAtUtc)
    {
        body.Append(Para(string.Empty, TextFormat.Plain with { KeepNext = true }));
        body.Append(OfficialWord.Signature(TextWidth, [$"- {unitName};", $"- Lưu: VT, {issuers.Options.DraftingUnitCode}."], issuers.Options.DepartmentSigner));
        body.Append(Generated(generatedAtUtc));
    }

    public byte[] SelfAssessmentReport(SelfAssessmentReportContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var view = content.View;
        var year = Year(view.Year);
        return Create(body =>
        {
            body.Append(ReportHeading(view, content.GeneratedAtUtc));
            body.Append(Para("BÁO CÁO", TextFormat.Centered.Strong with { Size = 28, Before = 360 }));
            body.Append(Para($"Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year}", TextFormat.Centered.Strong with { Size = 28 }));
            if (view.SubmittedAtUtc is null)
            {
                body.Append(Para("(Dự thảo — chưa gửi Sở Nội vụ)", TextFormat.Centered with { Italic = true }));
            }

            body.Append(Rule(TextWidth, 1800));
            body.Append(Para($"Kính gửi: Sở Nội vụ{(ProvinceInSentence is { } p ? " " + p : string.Empty)}.", TextFormat.Centered with { Before = 120, After = 240 }));
            body.Append(Para($"{view.UnitName} báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year} ({view.PeriodName}) như sau:",
                TextFormat.Body));

            body.Append(Para("I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM", TextFormat.Heading));
            var totals = view.Totals;
            var percent = totals.Percent is { } pc ? $", đạt {OfficeText.Index(ScoreRounding.ToPublished(pc))}%" : string.Empty;
            body.Append(Para($"Tổng điểm tự đánh giá: {OfficeText.Points(totals.Points)}/{OfficeText.Points(totals.MaxPoints)} điểm{percent}"
                + (totals.Bonus > 0m ? $" (gồm {OfficeText.Points(totals.Bonus)} điểm thưởng đề nghị)" : string.Empty)
                + $"; đã chấm {totals.Answered.ToString(CultureInfo.InvariantCulture)}/{totals.ToAnswer.ToString(CultureInfo.InvariantCulture)} tiêu chí.",
                TextFormat.Body));
            if (totals.OtherMaxPoints > 0m)
            {
                body.Append(Para($"Các tiêu chí đánh giá qua điều tra xã hội học hoặc do cơ quan khác cung cấp số liệu ({OfficeText.Points(totals.OtherMaxPoints)} điểm) "
                    + "không thuộc phần tự chấm của đơn vị.", TextFormat.Body));
            }

            body.Append(SelfScoreTable(view));

            body.Append(Para("II. GIẢI TRÌNH CÁC TIÊU CHÍ KHÔNG CÓ TÀI LIỆU KIỂM CHỨNG", TextFormat.Heading with { Before = 240 }));
            var missing = view.Criteria.Where(c => c.IsMissingEvidence).ToList();
            if (missing.Count == 0)
            {
                body.Append(Para("Tất cả các tiêu chí yêu cầu tài liệu kiểm chứng đều đã có tài liệu kèm theo.", TextFormat.Body));
            }

            foreach (var criterion in missing)
            {
                body.Append(Para(TextFormat.Body, Run($"- Tiêu chí {criterion.Code}. {criterion.Title}: ", TextFormat.Plain.Strong),
                    Run(string.IsNullOrWhiteSpace(criterion.Explanation) ? "(chưa giải trình)" : criterion.Explanation, TextFormat.Plain)));
            }

            body.Append(Para("III. KHÓ KHĂN, VƯỚNG MẮC", TextFormat.Heading));
            body.Append(Section(view.Difficulties));
            body.Append(Para("IV. ĐỀ XUẤT, KIẾN NGHỊ", TextFormat.Heading));
            body.Append(Section(view.Recommendations));
            body.Append(Para($"Trên đây là báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year} của {view.UnitName}./.", TextFormat.Body with { KeepNext = true }));
            // The closing sentence, a blank line and the signature block stay on one page.
            body.Append(Para(string.Empty, TextFormat.Plain with { KeepNext = true }));
            body.Append(SignatureBlock(view));
        });
    }

    /// <summary>STT, code, criterion, max, self-score, evidence; a row per domain with its subtotal, and the total.</summary>
    private static Table SelfScoreTable(SelfAssessmentView view)
    {
        int[] widths = [640, 760, 3354, 1000, 1000, 2600];
        var table = Table(widths, borders: true);
        table.Append(HeaderRow(widths, "STT", "Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Tài liệu kiểm chứng"));
        var n = 0;
        foreach (var domain in view.Domains)
        {
            var criteria = domain.Criteria.Where(c => c.IsUnitEntered).ToList();
            if (criteria.Count == 0)
            {
                continue;
            }

            table.Append(Row(
                Cell(widths[0] + widths[1] + widths[2], $"{domain.Code}. {domain.Title}", TextFormat.Cell.Strong, span: 3, fill: LightFill),
                Cell(widths[3], domain.MaxPoints > 0m ? OfficeText.Points(domain.MaxPoints) : "—", TextFormat.Cell.Strong.Right, fill: LightFill),
                Cell(widths[4], OfficeText.Points(domain.Points), TextFormat.Cell.Strong.Right, fill: LightFill),
                Cell(widths[5], string.Empty, TextFormat.Cell, fill: LightFill)));
            foreach (var c in criteria)
            {
                var self = c.IsNotApplicable || c.IsExcluded ? ExportText.NotEvaluated
                    : c.SelfScore is { } s ? OfficeText.Points(s)
                    : "Chưa chấm";
                var evidence = c.Evidence.Select(e => Para("- " + Describe(e), TextFormat.Cell)).ToList();
                if (evidence.Count == 0)
                {
                    evidence.Add(Para(c.IsMissingEvidence ? "Không có (xem phần II)" : string.Empty, TextFormat.Cell with { Italic = true }));
                }

                table.Append(Row(
                    Cell(widths[0], (++n).ToString(CultureInfo.InvariantCulture), TextFormat.Cell.Center),
                    Cell(widths[1], c.Code, TextFormat.Cell),
                    Cell(widths[2], c.Title, TextFormat.Cell),
                    Cell(widths[3], c.RuleType == RuleType.Bonus && c.MaxPoints == 0m ? "Điểm thưởng" : OfficeText.Points(c.MaxPoints), TextFormat.Cell.Right),
                    Cell(widths[4], self, TextFormat.Cell.Right),
                    Cell(widths[5], evidence)));
            }
        }

        table.Append(Row(
            Cell(widths[0] + widths[1] + widths[2], "Tổng cộng", TextFormat.Cell.Strong.Center, span: 3),
            Cell(widths[3], OfficeText.Points(view.Totals.MaxPoints), TextFormat.Cell.Strong.Right),
            Cell(widths[4], OfficeText.Points(view.Totals.Points), TextFormat.Cell.Strong.Right),
            Cell(widths[5], view.Totals.Percent is { } p ? $"Đạt {OfficeText.Index(ScoreRounding.ToPublished(p))}%" : string.Empty, TextFormat.Cell.Strong)));
        return table;
    }

    /// <summary>Code, criterion, max, self, appraised, lost, reason; a <c>Group</c> entry starts a domain.</summary>
    private static Table CriteriaTable(IEnumerable<(string? Group, CriterionScoreLine? Line)> rows)
    {
        int[] widths = [600, 860, 2600, 700, 700, 800, 700, 2394];
        var table = Table(widths, borders: true);
        table.Append(HeaderRow(widths, "STT", "Mã", "Tiêu chí", "Tối đa", "Tự chấm", "Thẩm định", "Mất điểm", "Lý do"));
        var n = 0;
        foreach (var (group, line) in rows)
        {
            if (line is null)
            {
                table.Append(Row(Cell(widths.Sum(), group, TextFormat.Cell.Strong, span: widths.Length, fill: LightFill)));
                continue;
            }

            var reason = new List<Paragraph>();
            if (line.IsNotEvaluated)
            {
                reason.Add(Para(ExportText.NotEvaluated + (string.IsNullOrWhiteSpace(line.Reason) ? string.Empty : ": " + line.Reason), TextFormat.Cell));
            }
            else if (!string.IsNullOrWhiteSpace(line.Reason))
            {
                reason.Add(Para(line.Reason, TextFormat.Cell));
            }

            if (!string.IsNullOrWhiteSpace(line.Explanation))
            {
                reason.Add(Para(line.Explanation, TextFormat.Cell with { Italic = true, Size = 20, Color = "404040" }));
            }

            var outside = line.RuleType is RuleType.Bonus or RuleType.Deduction && line.MaxPoints == 0m;
            table.Append(Row(
                Cell(widths[0], (++n).ToString(CultureInfo.InvariantCulture), TextFormat.Cell.Center),
                Cell(widths[1], line.Code, TextFormat.Cell),
                Cell(widths[2], line.Title, TextFormat.Cell),
                Cell(widths[3], outside ? "—" : OfficeText.Points(line.MaxPoints), TextFormat.Cell.Right),
                Cell(widths[4], line.SelfScore is { } s ? OfficeText.Points(s) : "—", TextFormat.Cell.Right),
                Cell(widths[5], line.Points is { } p ? OfficeText.Points(p) : "—", TextFormat.Cell.Right),
                Cell(widths[6], line.Lost is { } l and > 0m ? OfficeText.Points(l) : string.Empty, TextFormat.Cell.Right.Strong),
                Cell(widths[7], reason)));
        }

        return table;
    }

    /// <summary>
    /// The two-column heading of Decree 30: the superior body and the unit (bold) on the left, the national title
    /// and motto (bold, ruled) with the place and date on the right. No borders.
    /// </summary>
    private Table ReportHeading(SelfAssessmentView view, DateTime generatedAtUtc)
    {
        int[] widths = [4000, TextWidth - 4000];
        var table = Table(widths, borders: false);
        var unit = OfficeText.Upper(IssuingBody(view.UnitName));
        var superior = Province is { } province ? "ỦY BAN NHÂN DÂN " + OfficeText.Upper(province) : $"ỦY BAN NHÂN DÂN TỈNH {Unfilled}";
        var dated = view.SubmittedAtUtc is { } submitted ? VietnamTime.DateOf(submitted) : (DateOnly?)null;
        var date = dated is { } d
            ? OfficialDate.Written(d)
            : $"ngày {Unfilled} tháng {Unfilled} năm {Year(VietnamTime.DateOf(generatedAtUtc).Year)}";
        var small = TextFormat.Centered with { Size = 24 };
        table.Append(new TableRow(
            Cell(widths[0],
            [
                Para(superior, small),
                Para(unit, small.Strong),
                Rule(widths[0], 1400),
                Para($"Số:       /BC-{Unfilled}", small with { Size = BodySize, Before = 120 }),
            ]),
            Cell(widths[1],
            [
                Para("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", small.Strong),
                Para("Độc lập - Tự do - Hạnh phúc", TextFormat.Centered.Strong),
                Rule(widths[1], 3000),
                Para($"{ProvinceShortName ?? Unfilled}, {date}", TextFormat.Centered with { Italic = true, Before = 120 }),
            ])));
        return table;
    }

    private static Table SignatureBlock(SelfAssessmentView view)
    {
        int[] widths = [4500, TextWidth - 4500];
        var table = Table(widths, borders: false);
        var title = IsPeoplesCommittee(view.UnitName) ? new[] { "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH" } : ["THỦ TRƯỞNG ĐƠN VỊ"];
        var signer = title.Select(t => Para(t, TextFormat.Centered.Strong)).ToList();
        signer.Add(Para("(Ký, ghi rõ họ tên và đóng dấu)", TextFormat.Centered with { Italic = true }));
        // Room for the signature and the seal.
        signer.AddRange(Enumerable.Range(0, 4).Select(_ => Para(string.Empty, TextFormat.Centered)));
        table.Append(Row(
            Cell(widths[0],
            [
                Para("Nơi nhận:", new TextFormat(Bold: true, Italic: true, Size: 24, After: 0, Line: 240)),
                Para("- Sở Nội vụ;", new TextFormat(Size: 22, After: 0, Line: 240)),
                Para("- Lưu: VT.", new TextFormat(Size: 22, After: 0, Line: 240)),
            ]),
            Cell(widths[1], signer)));
        return table;
    }

    /// <summary>
    /// The body that issues the report: a commune, ward or town files as its people's committee ("Phường Lam Sơn" →
    /// "Ủy ban nhân dân phường Lam Sơn", "UBND xã An Bình" → "Ủy ban nhân dân xã An Bình"); an agency as itself.
    /// </summary>
    private static string IssuingBody(string unitName)
    {
        foreach (var prefix in new[] { "UBND ", "Ủy ban nhân dân ", "Uỷ ban nhân dân " })
        {
            if (unitName.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return "Ủy ban nhân dân " + unitName[prefix.Length..];
            }
        }

        return LocalLevels.Any(level => unitName.StartsWith(level, StringComparison.OrdinalIgnoreCase))
            ? "Ủy ban nhân dân " + char.ToLower(unitName[0], CultureInfo.GetCultureInfo("vi-VN")) + unitName[1..]
            : unitName;
    }

    private static bool IsPeoplesCommittee(string unitName) => IssuingBody(unitName).StartsWith("Ủy ban nhân dân ", StringComparison.Ordinal);

    private static IEnumerable<Paragraph> Section(string? text)
    {
        var paragraphs = Paras(text, TextFormat.Body).ToList();
        return paragraphs.Count == 0 ? [Para("Không có.", TextFormat.Body)] : paragraphs;
    }

    private static string Describe(EvidenceItem evidence)
    {
        if (evidence.Kind != EvidenceKind.DocumentReference)
        {
            return evidence.Title;
        }

        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(evidence.DocumentNumber))
        {
            parts.Add("số " + evidence.DocumentNumber);
        }

        if (evidence.IssuedOn is { } issued)
        {
            parts.Add("ngày " + issued.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(evidence.Issuer))
        {
            parts.Add("của " + evidence.Issuer);
        }

        return parts.Count == 0 ? evidence.Title : $"{evidence.Title} ({string.Join(", ", parts)})";
    }

    private static Paragraph Generated(DateTime generatedAtUtc) =>
        Para($"Xuất từ Cổng Chỉ số cải cách hành chính lúc {VietnamTime.Format(generatedAtUtc)}.",
            new TextFormat(Italic: true, Size: 20, Before: 240, Color: "404040"));

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"Tỉnh Sông Lam (minh họa)" → "tỉnh Sông Lam", as a sentence names it.</summary>
    private string? ProvinceInSentence => ProvinceProper is { } name ? char.ToLower(name[0], CultureInfo.GetCultureInfo("vi-VN")) + name[1..] : null;

    /// <summary>"Tỉnh Sông Lam (minh họa)" → "Sông Lam", for the place line.</summary>
    private string? ProvinceShortName
    {
        get
        {
            if (ProvinceProper is not { } name)
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

    /// <summary>The configured name without a remark in brackets such as "(minh họa)".</summary>
    private string? ProvinceProper
    {
        get
        {
            if (Province is not { } name)
            {
                return null;
            }

            var bracket = name.IndexOf('(', StringComparison.Ordinal);
            name = (bracket > 0 ? name[..bracket] : name).Trim();
            return name.Length == 0 ? null : name;
        }
    }
}
