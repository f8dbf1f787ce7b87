using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParIndex.Application.Publication;
using ParIndex.Domain.Periods;
using ParIndex.Domain.Publications;

namespace ParIndex.Infrastructure.Persistence;

/// <summary>
/// Tells <see cref="PublicationVersion"/> when a save wrote a publication, a period or a signed document (the public decision PDF), whichever use case made it
/// (publishing, a correction, a past year imported, a period reopened), so the public cache of this process is
/// renewed at once rather than at its next periodic check. Only once the save has committed: a reader in between would
/// otherwise cache the old state under the new count.
/// </summary>
internal sealed class PublicationChangeInterceptor(Func<PublicationVersion?> resolve) : SaveChangesInterceptor
{
    private readonly Lazy<PublicationVersion?> _version = new(resolve);
    private static readonly object Marker = new();
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Signal(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Signal(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null || _version.Value is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && entry.Entity is Publication or EvaluationPeriod or SignedDocument)
            {
                _pending.AddOrUpdate(context, Marker);
                return;
            }
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            _version.Value?.Changed();
        }
    }
}
