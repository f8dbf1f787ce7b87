using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Identity;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests;

/// <summary>
/// Issue 16.8: a locked account answered in 8–24 ms and a wrong password in 130–360 ms, which told an attacker which
/// accounts exist and are locked. Wall time is noisy on a shared machine, so the test counts the expensive part:
/// every answer — wrong password, locked account, unknown name — runs the password hasher exactly once.
/// </summary>
public sealed class SignInTimingTests(SignInTimingTests.Fixture portal) : IClassFixture<SignInTimingTests.Fixture>
{
    private const string Password = "nước chảy đá mòn qua năm tháng";

    public sealed class Fixture : PortalFactory
    {
        public CountingHasher Hasher { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<ApplicationUser>>(Hasher));
        }
    }

    /// <summary>The real hasher, counting how often a password is checked against a hash.</summary>
    public sealed class CountingHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    [Fact]
    public async Task LockedAccount_WrongPassword_AndUnknownName_EachRunThePasswordHasherOnce()
    {
        await portal.CreateUserAsync("mo.khoa", Password, Roles.Leader);
        var locked = await portal.CreateUserAsync("bi.khoa", Password, Roles.Leader);
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = await users.FindByIdAsync(locked.Id.ToString());
            await users.SetLockoutEndDateAsync(stored!, DateTimeOffset.UtcNow.AddMinutes(15));
        }

        var client = portal.CreateBrowser();
        var token = await LoginForm.TokenAsync(client);

        var wrongPassword = await HashWorkAsync(() => LoginForm.PostAsync(client, "mo.khoa", "không phải mật khẩu", token));
        var lockedWrong = await HashWorkAsync(() => LoginForm.PostAsync(client, "bi.khoa", "không phải mật khẩu", token));
        var lockedRight = await HashWorkAsync(() => LoginForm.PostAsync(client, "bi.khoa", Password, token));
        var unknown = await HashWorkAsync(() => LoginForm.PostAsync(client, "khong.co.ai", Password, token));

        Assert.Equal(1, wrongPassword);
        Assert.Equal(wrongPassword, lockedWrong);
        Assert.Equal(wrongPassword, lockedRight);
        Assert.Equal(wrongPassword, unknown);
    }

    private async Task<int> HashWorkAsync(Func<Task<HttpResponseMessage>> signIn)
    {
        var before = portal.Hasher.Verifications;
        using var response = await signIn();
        Assert.Contains(LoginForm.FailedMessageStart, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        return portal.Hasher.Verifications - before;
    }
}
