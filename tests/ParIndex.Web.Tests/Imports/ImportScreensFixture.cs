using Microsoft.Extensions.DependencyInjection;
using ParIndex.Application.Common;
using ParIndex.Web.Tests.Infrastructure;

namespace ParIndex.Web.Tests.Imports;

/// <summary>
/// The portal's own handlers on its SQLite file, for rendering an import screen in bUnit: each handler acts as the
/// administrator, as the screen's circuit would.
/// </summary>
public sealed class ImportScreensFixture : PortalFactory, IAsyncLifetime
{
    public const string Password = "một câu mật khẩu đủ dài";

    private readonly List<AsyncServiceScope> _scopes = [];

    public Province Province { get; private set; } = default!;

    public Guid AdministratorId { get; private set; }

    public async Task InitializeAsync()
    {
        Province = await Province.SeedAsync(Services, DateTime.UtcNow);
        AdministratorId = (await CreateUserAsync("quantri", Password, Roles.Administrator, fullName: "Quản Trị Viên")).Id;
    }

    public T AsAdministrator<T>()
        where T : class
    {
        var scope = Services.CreateAsyncScope();
        _scopes.Add(scope);
        return ActivatorUtilities.CreateInstance<T>(scope.ServiceProvider, new Administrator(AdministratorId));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            await scope.DisposeAsync();
        }
    }

    private sealed record Administrator(Guid Id) : ICurrentUser
    {
        public bool IsAuthenticated => true;

        public Guid? UserId => Id;

        public string? UserName => "quantri";

        public Guid? UnitId => null;

        public IReadOnlyCollection<string> Roles { get; } = [ParIndex.Application.Common.Roles.Administrator];

        public string? IpAddress => null;
    }
}
