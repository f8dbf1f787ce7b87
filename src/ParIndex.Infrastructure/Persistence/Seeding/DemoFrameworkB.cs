using ParIndex.Infrastructure.Persistence.Seeding.Rules;
using static ParIndex.Domain.Frameworks.AssessmentMethod;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// Block B, communes, wards and special zones of the two-tier model from 07/2025: methodology section 4.2, row by
/// row. Points and thresholds are illustrative; the 8 contents follow Hanoi 5666/QĐ-UBND (2025).
/// </summary>
internal static class DemoFrameworkB
{
    private const string ResidentsSurvey = "khảo sát người dân";
    private const string SipasSurvey = "khảo sát SIPAS";

    public static IReadOnlyList<DemoDomain> Domains { get; } =
    [
        new("B1", "Công tác chỉ đạo, điều hành cải cách hành chính", "Direction and management of PAR",
        [
            new DemoLeaf("B1.1", "Kế hoạch CCHC năm của UBND xã ban hành đúng hạn", "Commune annual PAR plan on time", 1.5m, SelfAssessed,
                new TimelinessRule("Kế hoạch CCHC năm ban hành"), "Kế hoạch CCHC năm"),
            new DemoLeaf("B1.2", "Hoàn thành nhiệm vụ CCHC theo kế hoạch", "PAR plan completion", 2.0m, SelfAssessed,
                new PercentTiersRule("nhiệm vụ CCHC hoàn thành", (100m, 2m), (80m, 1m)), "Báo cáo CCHC năm"),
            new DemoLeaf("B1.3", "Báo cáo CCHC định kỳ đúng hạn", "Periodic reports on time", 1.0m, SelfAssessed,
                new CountTiersRule("Số báo cáo định kỳ gửi đúng hạn", 4, (4, 1m), (3, 0.5m)), "Các báo cáo định kỳ"),
            new DemoLeaf("B1.4", "Người đứng đầu đối thoại, tiếp dân về TTHC", "Chairperson dialogues with citizens on procedures", 1.5m, SelfAssessed,
                new CountTiersRule("Số buổi đối thoại trong năm", null, (2, 1.5m), (1, 0.75m)), "Biên bản đối thoại"),
            new DemoLeaf("B1.5", "Đánh giá của người dân về sự chỉ đạo của UBND xã", "Survey: residents on commune leadership", 4.0m, Survey,
                new SurveyRule(ResidentsSurvey), "Kết quả điều tra xã hội học (nhập từ tệp khảo sát)"),
        ]),
        new("B2", "Xây dựng và tổ chức thi hành pháp luật", "Legal documents and law implementation",
        [
            new DemoLeaf("B2.1", "Ban hành văn bản (nghị quyết, quyết định) thuộc thẩm quyền đúng quy định", "Commune legal documents lawful and on time", 2.0m, SelfAssessed,
                new LevelRule("có văn bản ban hành chậm hoặc phải sửa đổi sau kiểm tra"), "Danh mục văn bản, kết quả kiểm tra"),
            new DemoLeaf("B2.2", "Tự kiểm tra, rà soát văn bản", "Self-review of documents", 1.0m, SelfAssessed,
                new YesNoRule("Chưa có báo cáo tự kiểm tra, rà soát văn bản"), "Báo cáo rà soát"),
            new DemoLeaf("B2.3", "Phổ biến, giáo dục pháp luật; hòa giải cơ sở", "Legal dissemination and grassroots mediation", 1.0m, SelfAssessed,
                new ProportionalRule("vụ việc hòa giải thành"), "Báo cáo phổ biến pháp luật, hòa giải"),
            new DemoLeaf("B2.4", "Đánh giá của người dân về thực thi pháp luật", "Survey: law implementation", 2.0m, Survey,
                new SurveyRule(ResidentsSurvey), "Kết quả điều tra xã hội học (nhập từ tệp khảo sát)"),
        ]),
        new("B3", "Cải cách thủ tục hành chính, thực hiện cơ chế một cửa", "Administrative procedures and one-stop service",
        [
            new DemoLeaf("B3.1", "Niêm yết, công khai TTHC tại Bộ phận Một cửa và trên Cổng DVC", "Procedures posted at the one-stop desk and online", 2.0m, SelfAssessed,
                new YesNoRule("Kiểm tra đột xuất phát hiện TTHC niêm yết chưa đầy đủ, chưa cập nhật"), "Ảnh chụp, đường dẫn"),
            new DemoLeaf("B3.2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "On-time resolution rate", 5.0m, External,
                new PercentTiersRule("hồ sơ giải quyết đúng hạn", (98m, 5m), (95m, 3m), (90m, 1m)), "Số liệu Hệ thống thông tin giải quyết TTHC tỉnh"),
            new DemoLeaf("B3.3", "Tỷ lệ hồ sơ trực tuyến toàn trình", "Full-online rate", 3.0m, External,
                new PercentTiersRule("hồ sơ trực tuyến toàn trình", (70m, 3m), (50m, 1.5m)), "Số liệu Cổng Dịch vụ công"),
            new DemoLeaf("B3.4", "Thanh toán trực tuyến", "Online payment rate", 2.0m, External,
                new PercentTiersRule("hồ sơ thanh toán trực tuyến", (60m, 2m)), "Số liệu Cổng Dịch vụ công"),
            new DemoLeaf("B3.5", "Số hóa hồ sơ, kết quả (hộ tịch, chứng thực…)", "Digitisation of civil-status and certification files", 2.0m, External,
                new PercentTiersRule("hồ sơ, kết quả được số hóa", (80m, 2m)), "Số liệu thống kê trên hệ thống"),
            new DemoLeaf("B3.6", "Xin lỗi khi trễ hạn; không yêu cầu thêm giấy tờ ngoài quy định", "Apologies for delays; no extra papers demanded", 1.0m, SelfAssessed,
                new YesNoRule("Có phản ánh được xác minh về việc yêu cầu thêm giấy tờ hoặc không xin lỗi khi trễ hạn"), "Văn bản xin lỗi, sổ theo dõi phản ánh",
                FullWhenNothingToCount: true),
            new DemoLeaf("B3.7", "Phản ánh, kiến nghị về TTHC xử lý đúng hạn", "Procedure complaints handled on time", 2.0m, SelfAssessed,
                new ProportionalRule("phản ánh, kiến nghị xử lý đúng hạn"), "Sổ theo dõi phản ánh, kiến nghị", FullWhenNothingToCount: true),
            new DemoLeaf("B3.8", "Mức độ hài lòng SIPAS của xã", "SIPAS satisfaction of the commune", 8.0m, Survey,
                new SurveyRule(SipasSurvey), "Kết quả SIPAS (nhập từ tệp khảo sát)"),
        ]),
        new("B4", "Cải cách tổ chức bộ máy hành chính", "Organisational reform",
        [
            new DemoLeaf("B4.1", "Kiện toàn tổ chức, phòng chuyên môn, Trung tâm phục vụ hành chính công cấp xã", "Offices and one-stop centre set up per the 2025 model", 2.0m, SelfAssessed,
                new YesNoRule("Chưa kiện toàn đủ phòng chuyên môn, Trung tâm phục vụ hành chính công theo mô hình mới"), "Quyết định kiện toàn"),
            new DemoLeaf("B4.2", "Quy chế làm việc, phân công nhiệm vụ rõ ràng", "Working rules and task assignment", 1.0m, SelfAssessed,
                new YesNoRule("Chưa ban hành quy chế làm việc, phân công nhiệm vụ"), "Quy chế làm việc"),
            new DemoLeaf("B4.3", "Thực hiện nhiệm vụ được phân cấp, ủy quyền từ tỉnh", "Tasks decentralised from the province performed", 1.0m, SelfAssessed,
                new LevelRule("một số nhiệm vụ được phân cấp thực hiện chưa đúng tiến độ"), "Báo cáo thực hiện"),
            new DemoLeaf("B4.4", "Đánh giá về tổ chức bộ máy (khảo sát)", "Survey: organisation", 2.0m, Survey,
                new SurveyRule(ResidentsSurvey), "Kết quả điều tra xã hội học (nhập từ tệp khảo sát)"),
        ]),
        new("B5", "Cải cách chế độ công vụ", "Civil service reform",
        [
            new DemoLeaf("B5.1", "Bố trí công chức theo vị trí việc làm, đạt chuẩn", "Staff placed by job position and meeting standards", 2.0m, SelfAssessed,
                new PercentTiersRule("công chức bố trí đúng vị trí việc làm, đạt chuẩn", (100m, 2m), (90m, 1m)), "Danh sách công chức"),
            new DemoLeaf("B5.2", "Đánh giá, xếp loại CBCC đúng hạn", "Staff appraisal on time", 1.5m, SelfAssessed,
                new TimelinessRule("Kết quả đánh giá, xếp loại CBCC"), "Kết quả đánh giá, xếp loại"),
            new DemoLeaf("B5.3", "Bồi dưỡng kỹ năng số, nghiệp vụ một cửa", "Digital and one-stop skills training", 1.5m, SelfAssessed,
                new ProportionalRule("công chức được bồi dưỡng kỹ năng số, nghiệp vụ một cửa"), "Chứng chỉ, giấy chứng nhận"),
            new DemoLeaf("B5.4", "Không có CBCC bị kỷ luật, nhũng nhiễu", "No officials disciplined or harassing citizens", 2.0m, SelfAssessed,
                new YesNoRule("Có công chức bị xử lý kỷ luật trong năm"), "Văn bản xác nhận"),
            new DemoLeaf("B5.5", "Thái độ phục vụ của công chức (khảo sát)", "Survey: attitude", 3.0m, Survey,
                new SurveyRule(SipasSurvey), "Kết quả SIPAS (nhập từ tệp khảo sát)"),
        ]),
        new("B6", "Cải cách tài chính công", "Public finance reform",
        [
            new DemoLeaf("B6.1", "Thu ngân sách trên địa bàn đạt dự toán", "Budget revenue vs estimate", 2.0m, External,
                new PercentTiersRule("thu ngân sách so với dự toán", (100m, 2m), (90m, 1m)), "Báo cáo tài chính - ngân sách"),
            new DemoLeaf("B6.2", "Công khai ngân sách xã đúng quy định", "Commune budget disclosure", 2.0m, SelfAssessed,
                new YesNoRule("Chưa công khai dự toán, quyết toán ngân sách xã đúng thời hạn"), "Văn bản công khai ngân sách"),
            new DemoLeaf("B6.3", "Giải ngân đầu tư công", "Public-investment disbursement", 2.0m, External,
                new PercentTiersRule("giải ngân vốn đầu tư công", (95m, 2m), (80m, 1m)), "Báo cáo của Kho bạc"),
        ]),
        new("B7", "Xây dựng, phát triển Chính quyền số", "Digital government",
        [
            new DemoLeaf("B7.1", "Văn bản điện tử, ký số", "Electronic documents and digital signatures", 3.0m, External,
                new PercentTiersRule("văn bản điện tử được ký số", (90m, 3m)), "Số liệu thống kê trên hệ thống"),
            new DemoLeaf("B7.2", "Tái sử dụng dữ liệu số hóa", "Reuse of digitised data", 2.0m, External,
                new PercentTiersRule("hồ sơ tái sử dụng dữ liệu số hóa", (50m, 2m)), "Số liệu thống kê trên hệ thống"),
            new DemoLeaf("B7.3", "Cập nhật dữ liệu dân cư, đất đai, hộ tịch vào CSDL", "Population, land and civil-status data kept current", 3.0m, SelfAssessed,
                new LevelRule("dữ liệu đất đai, hộ tịch cập nhật chưa đầy đủ, chưa kịp thời"), "Báo cáo cập nhật dữ liệu"),
            new DemoLeaf("B7.4", "Hỗ trợ người dân sử dụng DVC trực tuyến (tổ công nghệ số cộng đồng)", "Community digital-help teams", 2.0m, SelfAssessed,
                new YesNoRule("Tổ công nghệ số cộng đồng chưa có nhật ký hoạt động"), "Quyết định thành lập, nhật ký hoạt động"),
            new DemoLeaf("B7.5", "Trang thông tin điện tử của xã cập nhật, đúng quy định", "Commune website kept up to date", 2.0m, SelfAssessed,
                new LevelRule("trang thông tin điện tử thiếu một số chuyên mục bắt buộc"), "Đường dẫn, phiếu kiểm tra"),
            new DemoLeaf("B7.6", "Đánh giá của người dân về dịch vụ số", "Survey: digital services", 3.0m, Survey,
                new SurveyRule(ResidentsSurvey), "Kết quả điều tra xã hội học (nhập từ tệp khảo sát)"),
        ]),
        new("B8", "Tác động của cải cách hành chính", "Impact of PAR",
        [
            new DemoLeaf("B8.1", "Mức độ hài lòng chung của người dân", "Overall resident satisfaction", 8.0m, Survey,
                new SurveyRule(ResidentsSurvey), "Kết quả điều tra xã hội học (nhập từ tệp khảo sát)"),
            new DemoLeaf("B8.2", "Thực hiện chỉ tiêu KT-XH được giao", "Socio-economic targets met", 6.0m, External,
                new ProportionalRule("chỉ tiêu KT-XH được giao đạt"), "Báo cáo KT-XH năm"),
            new DemoLeaf("B8.3", "An ninh trật tự, môi trường, an sinh", "Order, environment, social welfare outcomes", 4.0m, SelfAssessed,
                new LevelRule("còn điểm nóng về môi trường, trật tự chưa được xử lý dứt điểm"), "Báo cáo"),
            new DemoLeaf("B8.4", "Chỉ số 766 của xã", "766 index of the commune", 4.0m, External,
                new ProportionalRule("điểm Bộ chỉ số 766 (quy đổi %)"), "Số liệu xuất từ hệ thống 766"),
        ]),
    ];
}
