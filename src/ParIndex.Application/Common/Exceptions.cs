namespace ParIndex.Application.Common;

/// <summary>The caller may not do this (maps to HTTP 403; audited).</summary>
public sealed class AccessDeniedException(string? message = null)
    : Exception(message ?? CommonMessages.AccessDenied);

/// <summary>The record does not exist or is not visible to the caller (maps to HTTP 404).</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"{entity} {key} was not found.")
{
    public string Entity { get; } = entity;
}

/// <summary>Someone else changed the record since it was read (maps to HTTP 409).</summary>
public class ConcurrencyConflictException(string message, Exception? inner = null)
    : Exception(message, inner);

/// <summary>
/// The step is not allowed in the period's or the assessment's current state (maps to HTTP 422). The message is
/// the person's explanation, in their language (from a *Messages class); the refusal is audited as an attempt to bypass the workflow (D3).
/// </summary>
public sealed class WorkflowRefusedException(string message) : Exception(message);
