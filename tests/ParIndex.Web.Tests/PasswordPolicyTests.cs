using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Infrastructure.Identity;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>B1: length instead of composition rules, and no common or guessable passwords (Identity as configured).</summary>
public sealed class PasswordPolicyTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("ngắn quá")]
    [InlineData("elevenchars")]
    public async Task Create_ShortPassword_IsRejected(string password)
    {
        var errors = await CreateAsync(password);

        Assert.Contains("PasswordTooShort", errors);
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("P@ssw0rd12345")]
    [InlineData("iloveyou2024!")]
    [InlineData("123456789012")]
    [InlineData("qwertyuiopasdf")]
    [InlineData("aaaaaaaaaaaaaaa")]
    [InlineData("abcabcabcabcabc")]
    [InlineData("matkhau123456")]
    [InlineData("Mật khẩu 123456")]
    [InlineData("anhyeuem2025!!")]
    [InlineData("administrator1")]
    [InlineData("Demo@ParIndex2026")]
    [InlineData("demo.parindex.2027")]
    public async Task Create_CommonOrPatternedPassword_IsRejected(string password)
    {
        var errors = await CreateAsync(password);

        Assert.Contains("PasswordTooCommon", errors);
    }

    [Fact]
    public async Task Create_PasswordContainingTheUserName_IsRejected()
    {
        var errors = await CreateAsync("hoa.binh rất thích đi bộ", userName: "hoa.binh");

        Assert.Contains("PasswordContainsUserName", errors);
    }

    [Fact]
    public async Task Create_64CharacterPassphrase_IsAccepted()
    {
        var passphrase = "sáng nay trời trong xanh, chúng tôi đi bộ dọc bờ sông Lam về nhà";
        Assert.Equal(64, passphrase.Length);

        Assert.Empty(await CreateAsync(passphrase));
    }

    [Fact]
    public async Task Create_LowercaseWordsWithoutDigitsOrSymbols_IsAccepted()
    {
        Assert.Empty(await CreateAsync("gió mùa đông bắc về muộn"));
    }

    [Fact]
    public async Task Create_PasswordOver128Characters_IsRejected()
    {
        var errors = await CreateAsync(string.Concat(Enumerable.Repeat("hoa sen nở ", 12)) + "muộn");

        Assert.Contains("PasswordTooLong", errors);
    }

    [Fact]
    public void CommonPasswordList_HoldsSeveralHundredEntries()
    {
        Assert.InRange(CommonPasswords.Count, 500, 100_000);
    }

    private async Task<List<string>> CreateAsync(string password, string? userName = null)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser { UserName = userName ?? "u" + Guid.NewGuid().ToString("N")[..10], FullName = "Người Thử" };
        var result = await users.CreateAsync(user, password);
        return result.Errors.Select(e => e.Code).ToList();
    }
}
