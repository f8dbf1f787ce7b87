using ParIndex.Domain.Frameworks;

namespace ParIndex.Infrastructure.Excel;

/// <summary>
/// The "Hướng dẫn" sheet: everything needed to fill the criteria sheet without any other document — each column,
/// each rule type with the columns it uses, and an example a person can copy.
/// </summary>
internal static class FrameworkHelpSheet
{
    public static IEnumerable<(bool Bold, string[] Texts)> Rows()
    {
        yield return (true, ["Cột", "Cách điền", "Ví dụ"]);
        yield return (false, ["Mã, Mã cha", "Mã duy nhất trong bộ chỉ số; Mã cha để trống với lĩnh vực. Mục cha phải đứng trước mục con.", "A3 / A3.1 (mã cha A3)"]);
        yield return (false, ["Cấp", string.Join(" / ", FrameworkSheets.Levels.Values), "Tiêu chí thành phần"]);
        yield return (false, ["Điểm tối đa", "Số thập phân, tối đa 2 chữ số sau dấu phẩy. Điểm mục cha bằng tổng điểm các mục con.", "14,50"]);
        yield return (false, ["Phương pháp", string.Join(" / ", FrameworkSheets.Methods.Values), "Tự đánh giá"]);
        yield return (false, ["Loại quy tắc", "Cách tính điểm của tiêu chí (xem bảng các loại quy tắc bên dưới): " + string.Join(" / ", FrameworkSheets.RuleTypes.Values), "Ngưỡng tỷ lệ"]);
        yield return (false, ["Điểm khi có / đúng hạn", "Có/không: điểm khi có thực hiện. Đúng hạn/trễ hạn: điểm khi đúng hạn. Để trống: bằng điểm tối đa.", "1"]);
        yield return (false, ["Điểm khi không / trễ hạn", "Có/không: điểm khi không thực hiện. Đúng hạn/trễ hạn: điểm khi thực hiện nhưng trễ hạn. Để trống: 0 điểm.", "0,5"]);
        yield return (false, ["Các ngưỡng (ngưỡng: điểm)", "Ngưỡng tỷ lệ, Bên ngoài, Ngưỡng số lượng: từng cặp \"ngưỡng: điểm\", cách nhau bằng dấu chấm phẩy, ngưỡng cao nhất trước. Đạt ngưỡng nào (tính cả bằng) thì được điểm của ngưỡng đó; dưới ngưỡng cuối: 0 điểm. Điểm của mỗi ngưỡng không vượt điểm tối đa.", "90: 1; 70: 0,5"]);
        yield return (false, ["Trên tổng số", "Ngưỡng số lượng: số cần đạt khi đếm trên một tổng cố định (ví dụ 4 báo cáo quý). Để trống nếu không có.", "4"]);
        yield return (false, ["Ngưỡng sàn (%)", "Tỷ lệ × điểm tối đa: dưới tỷ lệ này được 0 điểm. Để trống nếu không có.", "80"]);
        yield return (false, ["Các mức (tên mức: điểm)", "Theo mức độ: từng cặp \"tên mức: điểm\", cách nhau bằng dấu chấm phẩy; ít nhất hai mức, tên không trùng.", "Thực hiện tốt: 2,5; Thực hiện đầy đủ: 2; Không thực hiện: 0"]);
        yield return (false, ["Các biến (tên: nội dung)", "Công thức: mỗi số liệu đơn vị nhập, \"tên: câu hỏi\"; tên gồm chữ cái không dấu, chữ số hoặc _, bắt đầu bằng chữ cái.", "a: Số hồ sơ đúng hạn; b: Tổng số hồ sơ"]);
        yield return (false, ["Công thức", "Công thức: dùng các biến, max (điểm tối đa), số, + - * /, dấu ngoặc, min(), max(). Kết quả giữ trong khoảng 0 đến điểm tối đa; chia cho 0 là không phát sinh.", "a / b * max"]);
        yield return (false, ["Nguồn khảo sát", "Khảo sát: tên cuộc khảo sát cung cấp kết quả (không bắt buộc).", "Khảo sát SIPAS"]);
        yield return (false, ["Trọng số (phương án: %)", "Khảo sát: mỗi phương án trả lời được tính bao nhiêu phần trăm số điểm, từ 0 đến 100.", "A: 100; B: 60; C: 20; D: 0"]);
        yield return (false, ["Khi không phát sinh", "Với quy tắc tính theo tỷ lệ khi không có trường hợp nào để tính (mẫu số bằng 0): " + string.Join(" / ", FrameworkSheets.NothingToCount.Values), "Đạt tối đa"]);
        yield return (false, ["Ghi chú hướng dẫn", "Lời dặn thêm của cơ quan (không bắt buộc). Thang điểm được viết tự động từ quy tắc, không chép lại thang điểm ở đây.", "Tính cả hồ sơ trực tuyến."]);
        yield return (false, ["Tài liệu kiểm chứng", "Tài liệu đơn vị phải đính kèm.", "Báo cáo tình hình giải quyết TTHC"]);
        yield return (false, ["Áp dụng cho", "Để trống: mọi đơn vị của khối; hoặc các khối, cách nhau bằng dấu chấm phẩy: " + string.Join("; ", FrameworkSheets.BlockKinds.Values), FrameworkSheets.BlockKinds.Values.First()]);
        yield return (false, ["Thang điểm (tự sinh…)", "Cổng viết sẵn từ quy tắc để đối chiếu; khi nhập tệp cột này được bỏ qua.", "Đạt từ 90% trở lên: 1 điểm; từ 70% đến dưới 90%: 0,5 điểm; dưới 70%: 0 điểm."]);
        yield return (false, ["Số", "Dùng dấu phẩy cho phần thập phân (0,5), hoặc nhập ô số của Excel.", "0,75"]);
        yield return (false, ["Lưu ý", "Không dùng công thức Excel: ô có công thức bị từ chối khi nhập. Cột tham số không thuộc loại quy tắc của dòng phải để trống.", string.Empty]);
        yield return (false, [string.Empty, string.Empty, string.Empty]);
        yield return (true, ["Loại quy tắc", "Cách tính và các cột dùng", "Ví dụ"]);
        foreach (var (type, how, example) in RuleTypeRows)
        {
            yield return (false, [FrameworkSheets.RuleTypes[type], how, example]);
        }
    }

    private static readonly (RuleType Type, string How, string Example)[] RuleTypeRows =
    [
        (RuleType.YesNo, "Đơn vị trả lời có hoặc không. Cột: Điểm khi có / đúng hạn, Điểm khi không / trễ hạn.", "1 | 0 → Có thực hiện: 1 điểm; không thực hiện: 0 điểm."),
        (RuleType.Timeliness, "Đúng hạn, trễ hạn hoặc không thực hiện (0 điểm). Cột: Điểm khi có / đúng hạn, Điểm khi không / trễ hạn.", "1 | 0,5 → Đúng thời hạn: 1 điểm; trễ hạn: 0,5 điểm; không thực hiện: 0 điểm."),
        (RuleType.Level, "Đơn vị chọn một mức. Cột: Các mức.", "Thực hiện tốt: 2; Thực hiện một phần: 1; Không thực hiện: 0"),
        (RuleType.PercentTiers, "Đơn vị nhập tỷ lệ (%) hoặc tử số và mẫu số. Cột: Các ngưỡng (ngưỡng là tỷ lệ từ 0 đến 100).", "90: 1; 70: 0,5 → Đạt từ 90% trở lên: 1 điểm; từ 70% đến dưới 90%: 0,5 điểm; dưới 70%: 0 điểm."),
        (RuleType.Proportional, "Điểm = tỷ lệ × điểm tối đa. Cột: Ngưỡng sàn (không bắt buộc).", "80 → dưới 80%: 0 điểm."),
        (RuleType.CountTiers, "Đơn vị nhập số lượng. Cột: Các ngưỡng (ngưỡng là số lượng), Trên tổng số (không bắt buộc).", "4: 1; 3: 0,5 | 4 → Đạt 4/4: 1 điểm; 3/4: 0,5 điểm; dưới 3/4: 0 điểm."),
        (RuleType.Formula, "Đơn vị nhập các biến; điểm theo công thức. Cột: Các biến, Công thức.", "a: Số hồ sơ đúng hạn; b: Tổng số hồ sơ | a / b * max"),
        (RuleType.Survey, "Điểm từ kết quả khảo sát được nhập vào, đơn vị không tự chấm. Cột: Nguồn khảo sát, Trọng số.", "A: 100; B: 60; C: 20; D: 0"),
        (RuleType.External, "Như Ngưỡng tỷ lệ, số liệu do cơ quan chủ trì cung cấp. Cột: Các ngưỡng.", "98: 4; 95: 2"),
        (RuleType.Bonus, "Điểm thưởng do cơ quan thẩm định xét; không có tham số.", string.Empty),
        (RuleType.Deduction, "Điểm trừ do cơ quan thẩm định xét; không có tham số.", string.Empty),
    ];
}
