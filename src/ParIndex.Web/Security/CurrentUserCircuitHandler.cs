using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ParIndex.Web.Security;

/// <summary>
/// Gives <see cref="CurrentUser"/> the circuit's user when the circuit connects, and again whenever the
/// authentication state changes (sign-out, or revalidation finding the account disabled).
/// The pattern from "ASP.NET Core server-side Blazor additional security scenarios" (Microsoft docs).
/// </summary>
internal sealed class CurrentUserCircuitHandler(
    AuthenticationStateProvider authenticationStateProvider, CurrentUser currentUser, IHttpContextAccessor httpContextAccessor)
    : CircuitHandler, IDisposable
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authenticationStateProvider.AuthenticationStateChanged += OnAuthenticationChanged;
        return base.OnCircuitOpenedAsync(circuit, cancellationToken);
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        // The SignalR connection's own request: the address the person connects from.
        var ipAddress = httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        currentUser.UseCircuitUser(state.User, ipAddress);
    }

    public void Dispose() => authenticationStateProvider.AuthenticationStateChanged -= OnAuthenticationChanged;

    private void OnAuthenticationChanged(Task<AuthenticationState> task) => _ = UpdateAsync(task);

    private async Task UpdateAsync(Task<AuthenticationState> task)
    {
        var state = await task;
        currentUser.UseCircuitUser(state.User, null);
    }
}
