namespace ParIndex.Domain.Common;

/// <summary>An object with an identity that outlives its attribute values.</summary>
public abstract class Entity
{
    public Guid Id { get; protected init; } = Guid.CreateVersion7();
}
