using ParIndex.Application.Common;

namespace ParIndex.Application.Publication;

/// <summary>Home Affairs' administrator publishes; what was published is public, signed in or not.</summary>
internal static class PublicationAccess
{
    public static readonly string[] Publishers = [Roles.Administrator];
}
