namespace ParIndex.Application.Common;

/// <summary>Opens a short-lived database session for one use case (safe inside long-lived Blazor circuits).</summary>
public interface IParIndexDbFactory
{
    Task<IParIndexDb> CreateAsync(CancellationToken cancellationToken = default);
}
