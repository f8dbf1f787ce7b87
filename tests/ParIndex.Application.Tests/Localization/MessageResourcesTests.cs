using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ParIndex.Application.Common;

namespace ParIndex.Application.Tests.Localization;

/// <summary>
/// One source of wording, complete in both languages: every resx of the portal (Application messages, domain
/// refusals, pages) has its English twin with the same keys, none empty and with the same {0} placeholders; every
/// *Messages member reads a real text in both cultures, and the English one has no Vietnamese letter; every code the
/// domain or a use case throws has its text.
/// </summary>
public sealed partial class MessageResourcesTests
{
    public static TheoryData<string> VietnameseResources()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.resx", SearchOption.AllDirectories)
                     .Where(p => !p.EndsWith(".en.resx", StringComparison.Ordinal) && !IsBuildOutput(p))
                     .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryRoot(), path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VietnameseResources))]
    public void Resource_HasItsEnglishTwin_WithEveryKey_NoneEmpty_SamePlaceholders(string vietnamesePath)
    {
        var vietnamese = Read(Path.Combine(RepositoryRoot(), vietnamesePath));
        var englishPath = Path.Combine(RepositoryRoot(), vietnamesePath[..^".resx".Length] + ".en.resx");
        Assert.True(File.Exists(englishPath), $"{vietnamesePath} has no .en.resx");
        var english = Read(englishPath);

        None("missing in English", vietnamese.Keys.Except(english.Keys, StringComparer.Ordinal));
        None("only in English", english.Keys.Except(vietnamese.Keys, StringComparer.Ordinal));
        None("empty in Vietnamese", vietnamese.Keys.Where(k => string.IsNullOrWhiteSpace(vietnamese[k])));
        None("empty in English", english.Keys.Where(k => string.IsNullOrWhiteSpace(english[k])));
        None("placeholders differ", vietnamese.Keys.Where(k => !Placeholders(vietnamese[k]).SetEquals(Placeholders(english[k]))));
    }

    [Theory]
    [InlineData("vi-VN")]
    [InlineData("en-US")]
    public void EveryMessagesMember_ReadsItsText_AndEnglishHasNoVietnamese(string culture)
    {
        var members = typeof(MessageText).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Messages", StringComparison.Ordinal) && t is { IsAbstract: true, IsSealed: true })
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(string)))
            .ToList();
        Assert.True(members.Count > 100, $"only {members.Count} message members found");

        var texts = ReaderCulture.In(culture, () => members.Select(p => (Name: $"{p.DeclaringType!.Name}.{p.Name}", Text: (string)p.GetValue(null)!)).ToList());

        None("without a text", texts.Where(t => string.IsNullOrWhiteSpace(t.Text) || t.Text == t.Name.Split('.')[1]).Select(t => t.Name));
        if (culture == "en-US")
        {
            None("Vietnamese in English", texts.Where(t => VietnameseLetters().IsMatch(t.Text)).Select(t => $"{t.Name}: {t.Text}"));
        }
    }

    [Fact]
    public void EveryRefusalCodeThrown_HasItsText()
    {
        var sources = Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "src"), "*.cs", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p) && !p.Contains("Migrations", StringComparison.Ordinal));
        var keys = sources.SelectMany(p => ThrownKeys().Matches(File.ReadAllText(p)).Select(m => m.Groups["key"].Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(keys.Count > 50, $"only {keys.Count} codes found");
        None("codes without a text", keys.Where(k => !DomainMessages.Has(k)));
    }

    [Fact]
    public void DomainRefusal_ReadsInTheCulture_WithItsValues()
    {
        var refusal = new Domain.Common.DomainException("period.transition", "A period cannot move from Draft to Published.",
            Domain.Periods.PeriodState.Draft, Domain.Periods.PeriodState.Published);

        Assert.Equal("Kỳ đánh giá không thể chuyển từ bước \"Đang chuẩn bị\" sang bước \"Đã công bố\".", ReaderCulture.In("vi-VN", () => DomainMessages.For(refusal)));
        Assert.Equal("A period cannot move from \"Draft\" to \"Published\".", ReaderCulture.In("en-US", () => DomainMessages.For(refusal)));
        var outOfRange = new Domain.Common.DomainException("appraisal.outOfRange", "The score must be within 0..1.5.", 1.5m);
        Assert.Equal("Điểm thẩm định từ 0 đến 1,5.", ReaderCulture.In("vi-VN", () => DomainMessages.For(outOfRange)));
        Assert.Equal("The score must be between 0 and 1.5.", ReaderCulture.In("en-US", () => DomainMessages.For(outOfRange)));
    }

    private static void None(string what, IEnumerable<string> found)
    {
        var list = found.ToList();
        Assert.True(list.Count == 0, $"{what}: {string.Join("; ", list)}");
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    private static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    private static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}artifacts{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ParIndex.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("ParIndex.sln not found above the test binaries.");
    }

    // {0}, {1:0.##}: the positional values a text is formatted with (FluentValidation's {MaxLength} counts too).
    [GeneratedRegex(@"\{([0-9A-Za-z]+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();

    // A literal code thrown as a DomainException, a message key set beside one, or a survey refusal by code.
    [GeneratedRegex(@"(?:new (?:Domain\.Common\.|Common\.)?DomainException\(|MessageKey = |SurveyMessages\.Refusal\()""(?<key>[a-zA-Z]+\.[a-zA-Z.]+)""")]
    private static partial Regex ThrownKeys();

    // ă â đ ê ô ơ ư and the tone marks: letters English never has.
    [GeneratedRegex("[àáâãèéêìíòóôõùúýăđĩũơưạ-ỹÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-Ỹ]")]
    private static partial Regex VietnameseLetters();
}
