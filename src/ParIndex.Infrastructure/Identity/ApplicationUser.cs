using Microsoft.AspNetCore.Identity;

namespace ParIndex.Infrastructure.Identity;

/// <summary>A person who signs in. Agency users are bound to one unit; province-wide roles have none.</summary>
public sealed class ApplicationUser : IdentityUser<Guid>
{
    public const int MaxFullNameLength = 200;

    public ApplicationUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string FullName { get; set; } = string.Empty;

    public Guid? UnitId { get; set; }

    /// <summary>A disabled account cannot sign in and loses open sessions at the next revalidation.</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }
}
