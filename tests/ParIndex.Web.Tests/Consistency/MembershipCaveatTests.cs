using System.Globalization;
using System.Xml.Linq;
using ParIndex.Application.Results;

namespace ParIndex.Web.Tests.Consistency;

/// <summary>
/// One caveat, one wording: the documents print <see cref="MembershipChange.Caveat"/>; the web pages say it from their
/// resources (Vietnamese first, English beside it), which must read exactly the same in Vietnamese.
/// </summary>
public sealed class MembershipCaveatTests
{
    [Fact]
    public void WebPagesVietnameseCaveat_IsTheDocumentsCaveat()
    {
        var change = new MembershipChange(2024, 38, 30);
        var resource = XDocument.Load(Path.Combine(RepositoryRoot(), "src", "ParIndex.Web", "Resources", "Components", "Shared", "MergeNotes.resx"))
            .Root!.Elements("data").Single(d => (string?)d.Attribute("name") == "MembershipChanged").Element("value")!.Value;

        Assert.Equal(change.Caveat,
            string.Format(CultureInfo.GetCultureInfo("vi-VN"), resource, change.PreviousYear, change.PreviousUnits, change.Units));
        Assert.StartsWith("Lưu ý: thành phần khối đã thay đổi so với năm 2024 (38 đơn vị năm 2024, 30 đơn vị năm nay", change.Caveat, StringComparison.Ordinal);
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
}
