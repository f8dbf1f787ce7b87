using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;

namespace ParIndex.Infrastructure.Persistence;

internal sealed class ParIndexDbFactory(IDbContextFactory<ParIndexDbContext> factory) : IParIndexDbFactory
{
    public async Task<IParIndexDb> CreateAsync(CancellationToken cancellationToken = default) =>
        await factory.CreateDbContextAsync(cancellationToken);
}
