namespace ParIndex.Web.Security;

/// <summary>
/// Marks the endpoint whose POSTs count against the sign-in limit (<see cref="LoginRateLimit"/>). The limiter reads the
/// matched endpoint's metadata, not the path string, so "/account/login/" or "/Account/Login" (which routing matches
/// to the same page) are limited too (issue 16.4).
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class SignInRateLimitedAttribute : Attribute;
