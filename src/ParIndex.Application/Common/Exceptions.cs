namespace ParIndex.Application.Common;

/// <summary>The caller may not do this (maps to HTTP 403; audited).</summary>
public sealed class AccessDeniedException(string message = "Bạn không có quyền thực hiện thao tác này.")
    : Exception(message);

/// <summary>The record does not exist or is not visible to the caller (maps to HTTP 404).</summary>
public sealed class NotFoundException(string entity, object key)
    : Exception($"{entity} {key} was not found.")
{
    public string Entity { get; } = entity;
}

/// <summary>Someone else changed the record since it was read (maps to HTTP 409).</summary>
public sealed class ConcurrencyConflictException(string message, Exception? inner = null)
    : Exception(message, inner);
