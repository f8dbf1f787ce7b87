namespace ParIndex.Domain.Common;

/// <summary>
/// An entity users edit. <see cref="ConcurrencyStamp"/> is the optimistic concurrency token: persistence renews
/// it on every save, so two people editing the same row get a conflict instead of a silent overwrite.
/// </summary>
public abstract class VersionedEntity : Entity
{
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();
}
