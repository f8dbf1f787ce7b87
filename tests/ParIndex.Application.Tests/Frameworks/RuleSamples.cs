using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.Tests.Frameworks;

/// <summary>One rule of every type with every parameter it reads, as the editor writes its JSON.</summary>
internal static class RuleSamples
{
    public static readonly TheoryData<RuleType, string> All = new()
    {
        { RuleType.YesNo, """{"yes":1.5,"no":0}""" },
        { RuleType.Timeliness, """{"onTime":1,"late":0.5}""" },
        { RuleType.Level, """{"levels":[{"label":"Thực hiện tốt","points":2.5},{"label":"Thực hiện một phần","points":1},{"label":"Không thực hiện","points":0}]}""" },
        { RuleType.PercentTiers, """{"tiers":[{"min":90,"points":1},{"min":70,"points":0.5}]}""" },
        { RuleType.CountTiers, """{"of":4,"tiers":[{"min":4,"points":1},{"min":3,"points":0.5}]}""" },
        { RuleType.Proportional, """{"floor":80}""" },
        { RuleType.Formula, """{"variables":[{"name":"a","label":"Số hồ sơ đúng hạn"},{"name":"b","label":"Tổng số hồ sơ"}],"expression":"a / b * max"}""" },
        { RuleType.Survey, """{"source":"Khảo sát SIPAS","weights":{"A":100,"B":60,"C":20,"D":0}}""" },
        { RuleType.External, """{"tiers":[{"min":98,"points":2.5},{"min":95,"points":1.25}]}""" },
        { RuleType.Bonus, "{}" },
        { RuleType.Deduction, "{}" },
    };
}
