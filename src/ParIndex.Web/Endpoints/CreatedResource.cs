namespace ParIndex.Web.Endpoints;

/// <summary>The body of a 201 response: the new record's id.</summary>
public sealed record CreatedResource(Guid Id);
