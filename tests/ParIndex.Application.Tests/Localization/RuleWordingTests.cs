using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ParIndex.Application.Common;
using ParIndex.Application.Frameworks.Rules;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.Tests.Localization;

/// <summary>
/// The rules' sentences — outcome explanations, entry field labels, problems in a rule's parameters — come from the
/// domain as codes with values and are worded once, by <see cref="RuleWording"/>: Vietnamese as before in vi-VN, and no
/// Vietnamese word in English, for every rule type and every outcome it can give.
/// </summary>
public sealed partial class RuleWordingTests
{
    // Rules whose own words (level names, variable labels) are English, so any Vietnamese found is the portal's.
    public static readonly TheoryData<RuleType, string, string[]> Outcomes = new()
    {
        { RuleType.YesNo, """{"yes":1.5,"no":0}""", ["""{"done":true}""", """{"done":false}""", "{}"] },
        {
            RuleType.Timeliness, """{"onTime":1,"late":0.5}""",
            ["""{"onTime":true}""", """{"onTime":false,"done":false}""", """{"onTime":false,"daysLate":3}""", """{"onTime":false}""", "{}"]
        },
        {
            RuleType.Level, """{"levels":[{"label":"Good","points":1.5},{"label":"Partial","points":0.75},{"label":"None","points":0}]}""",
            ["""{"level":"Partial"}""", """{"level":"Excellent"}""", "{}"]
        },
        {
            RuleType.PercentTiers, """{"tiers":[{"min":98,"points":1.5},{"min":95,"points":0.75}]}""",
            ["""{"numerator":195,"denominator":200}""", """{"rate":50}""", """{"numerator":0,"denominator":0}""", "{}"]
        },
        { RuleType.CountTiers, """{"of":4,"tiers":[{"min":4,"points":1.5},{"min":3,"points":0.75}]}""", ["""{"count":3}""", "{}"] },
        { RuleType.CountTiers, """{"tiers":[{"min":10,"points":1.5}]}""", ["""{"count":12}"""] },
        { RuleType.Proportional, """{"floor":80}""", ["""{"rate":97.5}""", """{"rate":50}""", """{"numerator":3,"denominator":4}""", """{"numerator":0,"denominator":0}"""] },
        {
            RuleType.Formula, """{"variables":[{"name":"a","label":"Files on time"},{"name":"b","label":"Files"}],"expression":"a / b * max"}""",
            ["""{"a":3,"b":4}""", """{"a":0,"b":0}""", """{"a":3}"""]
        },
        {
            RuleType.Survey, """{"weights":{"A":100,"B":60,"C":20,"D":0}}""",
            ["""{"rate":81.7}""", """{"answers":{"A":10,"B":5,"C":1}}""", """{"answers":{"A":0}}""", "{}"]
        },
        { RuleType.External, """{"tiers":[{"min":98,"points":1.5}]}""", ["""{"rate":99}""", """{"rate":10}"""] },
        { RuleType.Bonus, "{}", ["""{"points":0.5}""", "{}"] },
    };

    // Parameters wrong in every way each rule checks.
    public static readonly TheoryData<RuleType, string> BadParameters = new()
    {
        { RuleType.YesNo, """{"yes":5,"no":6}""" },
        { RuleType.Timeliness, """{"onTime":5,"late":6}""" },
        { RuleType.Level, """{"levels":[{"label":"A","points":9}]}""" },
        { RuleType.Level, """{"levels":[{"label":"A","points":1},{"label":"a","points":1}]}""" },
        { RuleType.PercentTiers, """{"tiers":[]}""" },
        { RuleType.PercentTiers, """{"tiers":[{"min":50,"points":0.5},{"min":150,"points":5}]}""" },
        { RuleType.CountTiers, """{"tiers":[{"min":-1,"points":1}]}""" },
        { RuleType.Proportional, """{"floor":150}""" },
        { RuleType.Formula, """{"variables":[],"expression":""}""" },
        { RuleType.Formula, """{"variables":[{"name":"a"}],"expression":"a + z"}""" },
        { RuleType.Formula, """{"variables":[{"name":"a"}],"expression":"a +"}""" },
        { RuleType.Survey, """{"weights":{"A":150}}""" },
        { RuleType.PercentTiers, "not json" },
    };

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Outcome_InEnglish_HasNoVietnamese_AndEnglishNumbers(RuleType type, string parameters, string[] inputs)
    {
        foreach (var whenNothingToCount in Enum.GetValues<WhenNothingToCount>())
        {
            foreach (var input in inputs)
            {
                var text = ReaderCulture.In("en-US", () => RuleWording.Of(Score(type, parameters, input, whenNothingToCount).Explanation));

                Assert.False(VietnameseLetters().IsMatch(text) || VietnameseWords().IsMatch(text), $"{type} {input}: {text}");
                Assert.DoesNotMatch(@"\d,\d", text);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void FieldLabels_InEnglish_HaveNoVietnamese(RuleType type, string parameters, string[] inputs)
    {
        Assert.NotNull(inputs);
        foreach (var field in ScoringRule.Parse(type, parameters).Fields)
        {
            var label = ReaderCulture.In("en-US", () => RuleWording.Of(field.Label));

            Assert.DoesNotMatch(VietnameseLetters(), label);
            Assert.NotEqual(field.Label.Code, label);
        }
    }

    [Theory]
    [MemberData(nameof(BadParameters))]
    public void Problems_InEnglish_HaveNoVietnamese_AndVietnameseInVietnamese(RuleType type, string parameters)
    {
        var problems = RuleDraft.ProblemsOf(type, parameters, 1m);

        Assert.NotEmpty(problems);
        foreach (var problem in problems)
        {
            Assert.DoesNotMatch(VietnameseLetters(), ReaderCulture.In("en-US", () => RuleWording.Of(problem.Text)));
            Assert.Matches(VietnameseLetters(), ReaderCulture.In("vi-VN", () => RuleWording.Of(problem.Text)));
        }
    }

    [Fact]
    public void PercentTiers_ReadsAsBefore_InVietnamese_AndInEnglish_WithTheCulturesNumbers()
    {
        const string Tiers = """{"tiers":[{"min":98,"points":4},{"min":95,"points":2}]}""";
        var explanation = Score(RuleType.PercentTiers, Tiers, """{"numerator":195,"denominator":200}""", maxPoints: 4m).Explanation;

        Assert.Equal("Tỷ lệ 97,50% (195/200): mức ≥ 95% → 2/4 điểm.", ReaderCulture.In("vi-VN", () => RuleWording.Of(explanation)));
        Assert.Equal("Rate 97.50% (195/200): tier ≥ 95% → 2/4 points.", ReaderCulture.In("en-US", () => RuleWording.Of(explanation)));
    }

    [Fact]
    public void Proportional_WritesFractionsTheCulturesWay()
    {
        var explanation = Score(RuleType.Proportional, "{}", """{"numerator":3,"denominator":4}""").Explanation;

        Assert.Equal("Tỷ lệ 75,00% (3/4) × 1 = 0,75 điểm.", ReaderCulture.In("vi-VN", () => RuleWording.Of(explanation)));
        Assert.Equal("Rate 75.00% (3/4) × maximum 1 = 0.75.", ReaderCulture.In("en-US", () => RuleWording.Of(explanation)));
    }

    [Fact]
    public void Documents_AreVietnamese_WhoeverReads()
    {
        var explanation = Score(RuleType.PercentTiers, """{"tiers":[{"min":90,"points":1}]}""", """{"rate":81.7}""").Explanation;

        Assert.Equal("Tỷ lệ 81,70%: dưới 90% → 0/1 điểm.", ReaderCulture.In("en-US", () => RuleWording.InVietnamese(explanation)));
    }

    [Fact]
    public void EveryCodeTheRulesUse_HasItsText_AndTheEnglishTextsHaveNoVietnamese()
    {
        var root = RepositoryRoot();
        var codes = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(p => Code().Matches(File.ReadAllText(p)).Select(m => m.Groups["code"].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(codes.Count > 50, $"only {codes.Count} codes found");
        Assert.DoesNotContain(codes, c => !RuleWording.Has(c));
        var english = XDocument.Load(Path.Combine(root, "src", "ParIndex.Application", "Common", "RuleWording.en.resx")).Root!.Elements("data")
            .Select(d => (string?)d.Element("value") ?? string.Empty);
        Assert.DoesNotContain(english, t => VietnameseLetters().IsMatch(t));
    }

    private static RuleOutcome Score(RuleType type, string parameters, string inputs, WhenNothingToCount whenNothingToCount = WhenNothingToCount.Zero,
        decimal maxPoints = 1m)
    {
        using var document = JsonDocument.Parse(inputs);
        return ScoringRule.Parse(type, parameters).Score(maxPoints, document.RootElement.Clone(), whenNothingToCount);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParIndex.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ParIndex.sln not found above the test binaries.");
    }

    [GeneratedRegex("[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ]")]
    private static partial Regex VietnameseLetters();

    // Vietnamese words without a mark that a sentence could still carry ("Ty le", "diem" typed without accents).
    [GeneratedRegex(@"\b(?:diem|muc|ty le|phieu|ngay|so luong|khong)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseWords();

    [GeneratedRegex("\"(?<code>(?:outcome|field|problem)\\.[a-zA-Z]+)\"")]
    private static partial Regex Code();
}
