using System.Globalization;
using ParIndex.Application.Frameworks.Rules;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Tests.Frameworks;

/// <summary>The guidance a unit reads is written from the rule, in Vietnamese (numbers 0,5) or English (0.5).</summary>
public sealed class RuleGuidanceTests
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData(RuleType.YesNo, """{"yes":1.5,"no":0}""", 1.5, "Có thực hiện: 1,5 điểm; không thực hiện: 0 điểm.")]
    [InlineData(RuleType.Timeliness, """{"onTime":1,"late":0.5}""", 1, "Đúng thời hạn: 1 điểm; trễ hạn: 0,5 điểm; không thực hiện: 0 điểm.")]
    [InlineData(RuleType.Level, """{"levels":[{"label":"Thực hiện tốt","points":2.5},{"label":"Không thực hiện","points":0}]}""", 2.5,
        "Thực hiện tốt: 2,5 điểm; Không thực hiện: 0 điểm.")]
    [InlineData(RuleType.PercentTiers, """{"tiers":[{"min":90,"points":1},{"min":70,"points":0.5}]}""", 1,
        "Đạt từ 90% trở lên: 1 điểm; từ 70% đến dưới 90%: 0,5 điểm; dưới 70%: 0 điểm. Không phát sinh trường hợp nào trong năm: đạt tối đa 1 điểm.")]
    [InlineData(RuleType.PercentTiers, """{"tiers":[{"min":100,"points":2},{"min":95.5,"points":1}]}""", 2,
        "Đạt 100%: 2 điểm; từ 95,5% đến dưới 100%: 1 điểm; dưới 95,5%: 0 điểm. Không phát sinh trường hợp nào trong năm: đạt tối đa 2 điểm.")]
    [InlineData(RuleType.CountTiers, """{"of":4,"tiers":[{"min":4,"points":1},{"min":3,"points":0.5},{"min":1,"points":0.25}]}""", 1,
        "Đạt 4/4: 1 điểm; 3/4: 0,5 điểm; từ 1/4 đến dưới 3/4: 0,25 điểm; dưới 1/4: 0 điểm.")]
    [InlineData(RuleType.CountTiers, """{"tiers":[{"min":5,"points":1}]}""", 1, "Đạt từ 5 trở lên: 1 điểm; dưới 5: 0 điểm.")]
    [InlineData(RuleType.Proportional, """{"floor":80}""", 3,
        "Điểm bằng tỷ lệ đạt được nhân với điểm tối đa (3 điểm); dưới 80%: 0 điểm. Không phát sinh trường hợp nào trong năm: đạt tối đa 3 điểm.")]
    [InlineData(RuleType.Formula, """{"variables":[{"name":"a","label":"Số hồ sơ đúng hạn"},{"name":"b","label":"Tổng số hồ sơ"}],"expression":"a / b * max"}""", 2,
        "Điểm tính theo công thức a / b * max, trong đó a là Số hồ sơ đúng hạn, b là Tổng số hồ sơ, max là điểm tối đa (2 điểm); kết quả nằm trong khoảng từ 0 đến 2 điểm. Không phát sinh trường hợp nào trong năm: đạt tối đa 2 điểm.")]
    [InlineData(RuleType.Survey, """{"source":"Khảo sát SIPAS","weights":{"A":100,"B":60}}""", 2,
        "Điểm bằng kết quả khảo sát (%) nhân với điểm tối đa (2 điểm). Trọng số các phương án trả lời: A 100%, B 60%. Nguồn số liệu: Khảo sát SIPAS. Không phát sinh trường hợp nào trong năm: đạt tối đa 2 điểm.")]
    [InlineData(RuleType.External, """{"tiers":[{"min":98,"points":2.5}]}""", 2.5,
        "Đạt từ 98% trở lên: 2,5 điểm; dưới 98%: 0 điểm. Không phát sinh trường hợp nào trong năm: đạt tối đa 2,5 điểm.")]
    public void Vietnamese_EveryRuleType_ReadsAsWrittenByAPerson(RuleType type, string json, double max, string expected)
    {
        Assert.Equal(expected, RuleGuidance.WithNote(type, json, WhenNothingToCount.FullPoints, (decimal)max, null, Vi));
    }

    [Fact]
    public void English_PercentTiers_UsesEnglishWordsAndNumbers()
    {
        var text = RuleGuidance.WithNote(RuleType.PercentTiers, """{"tiers":[{"min":90,"points":1},{"min":70,"points":0.5}]}""",
            WhenNothingToCount.Excluded, 1m, null, En);

        Assert.Equal("90% or more: 1 point; from 70% to under 90%: 0.5 points; under 70%: 0 points. "
            + "When there is nothing to count in the year: the criterion is not evaluated.", text);
    }

    [Fact]
    public void WithNote_TheOfficersNoteFollowsTheGeneratedScale()
    {
        var text = RuleGuidance.WithNote(RuleType.YesNo, """{"yes":1}""", WhenNothingToCount.FullPoints, 1m, "Tính cả văn bản điện tử.", Vi);

        Assert.Equal("Có thực hiện: 1 điểm; không thực hiện: 0 điểm. Tính cả văn bản điện tử.", text);
    }

    [Fact]
    public void WithNote_ParametersThatDoNotRead_ShowOnlyTheNote()
    {
        Assert.Equal("Ghi chú", RuleGuidance.WithNote(RuleType.Level, """{"levels":7}""", WhenNothingToCount.FullPoints, 1m, "Ghi chú", Vi));
    }
}
