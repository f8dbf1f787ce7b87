using ParIndex.Infrastructure.Identity;

namespace ParIndex.Application.Tests.Localization;

/// <summary>Identity's own refusals (role taken, concurrent change, lock-out) read in the reader's language like every other.</summary>
public sealed class IdentityErrorWordingTests
{
    private static readonly PortalIdentityErrorDescriber Describer = new();

    [Fact]
    public void IdentityErrors_FollowTheReadersLanguage()
    {
        Assert.Equal("The role 'Inspector' already exists.", ReaderCulture.In("en-US", () => Describer.DuplicateRoleName("Inspector").Description));
        Assert.Equal("Vai trò 'Inspector' đã tồn tại.", ReaderCulture.In("vi-VN", () => Describer.DuplicateRoleName("Inspector").Description));
        Assert.Equal("Temporary lock-out does not apply to this account.", ReaderCulture.In("en-US", () => Describer.UserLockoutNotEnabled().Description));
        Assert.Equal("Tài khoản này không áp dụng khóa tạm thời.", ReaderCulture.In("vi-VN", () => Describer.UserLockoutNotEnabled().Description));
        Assert.DoesNotMatch("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", ReaderCulture.In("en-US", () => Describer.ConcurrencyFailure().Description));
        Assert.Equal(nameof(Describer.ConcurrencyFailure), Describer.ConcurrencyFailure().Code);
    }
}
