using ParIndex.Domain.Units;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// Leaves some units are not evaluated on ("không đánh giá", methodology 2.4): they leave both the points and the
/// maximum. Modelled on Hà Nam's 2023 guidance for agencies without administrative procedures.
/// </summary>
internal static class DemoNotApplicable
{
    private static readonly Dictionary<string, (string[] Codes, string Reason)> ByUnit = new(StringComparer.Ordinal)
    {
        ["TTT"] = (["A3", "A7.3"], "Thanh tra tỉnh không có TTHC phát sinh hồ sơ: không đánh giá theo hướng dẫn của Sở Nội vụ."),
        ["TK"] = (["A6.3"], "Đơn vị không có đơn vị sự nghiệp trực thuộc."),
        ["HQ"] = (["A6.3"], "Đơn vị không có đơn vị sự nghiệp trực thuộc."),
        ["NHNN"] = (["A6.3"], "Đơn vị không có đơn vị sự nghiệp trực thuộc."),
    };

    private static readonly (string[] Codes, string Reason) VerticalAgencies =
        (["A2.1", "A2.5"], "Cơ quan ngành dọc không tham mưu ban hành VBQPPL của tỉnh.");

    public static string? Reason(DemoUnit unit, DemoScoredLeaf leaf)
    {
        if (ByUnit.TryGetValue(unit.Code, out var own) && Matches(own.Codes, leaf))
        {
            return own.Reason;
        }

        return unit.Block.Kind == BlockKind.VerticalAgency && Matches(VerticalAgencies.Codes, leaf) ? VerticalAgencies.Reason : null;
    }

    private static bool Matches(string[] codes, DemoScoredLeaf leaf) => leaf.Path.Any(codes.Contains);
}
