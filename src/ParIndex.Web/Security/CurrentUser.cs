using System.Security.Claims;
using ParIndex.Application.Common;
using ParIndex.Infrastructure.Identity;

namespace ParIndex.Web.Security;

/// <summary>
/// The caller of a use case. In an HTTP request (API, static page) it reads HttpContext.User; inside a Blazor
/// circuit, where HttpContext is not reliable, <see cref="CurrentUserCircuitHandler"/> feeds it the circuit's user.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor httpContextAccessor) : ICurrentUser
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    private ClaimsPrincipal? _circuitUser;
    private string? _circuitIpAddress;

    public ClaimsPrincipal Principal => _circuitUser ?? httpContextAccessor.HttpContext?.User ?? Anonymous;

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid? UserId => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string? UserName => IsAuthenticated ? Principal.FindFirstValue(ClaimTypes.Name) : null;

    public string? FullName => IsAuthenticated ? Principal.FindFirstValue(ParIndexClaimTypes.FullName) ?? UserName : null;

    public Guid? UnitId => Guid.TryParse(Principal.FindFirstValue(ParIndexClaimTypes.UnitId), out var id) ? id : null;

    public IReadOnlyCollection<string> Roles =>
        IsAuthenticated ? Principal.FindAll(ClaimTypes.Role).Select(c => c.Value).ToArray() : [];

    public string? IpAddress => _circuitUser is not null
        ? _circuitIpAddress
        : httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    internal void UseCircuitUser(ClaimsPrincipal user, string? ipAddress)
    {
        _circuitUser = user;
        _circuitIpAddress = ipAddress ?? _circuitIpAddress;
    }
}
