namespace ParIndex.Infrastructure.Identity;

/// <summary>Claims the portal adds to the sign-in cookie beside Identity's own (id, name, roles, security stamp).</summary>
public static class ParIndexClaimTypes
{
    public const string UnitId = "parindex:unit";

    public const string UnitName = "parindex:unit_name";

    public const string FullName = "parindex:full_name";
}
