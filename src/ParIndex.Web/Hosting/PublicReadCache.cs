using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using ParIndex.Application.Publication;

namespace ParIndex.Web.Hosting;

/// <summary>
/// Serves the public side — /api/public/* (rankings, unit pages, the annex PDF, the Excel results, verification) and the
/// /public pages — like static files: each answer is made once per publication version and culture, kept as bytes,
/// and sent with a strong ETag and <c>Cache-Control: public</c>; a matching <c>If-None-Match</c> gets 304. A
/// publication never changes once made (ADR 0012), so the only invalidation is a new <see cref="PublicationVersion"/>
/// token: a corrected version, a past year imported, a period reopened.
/// <para>
/// Only anonymous GETs: a signed-in person's page shows who they are and is never shared. An answer that sets a cookie
/// or is not 200 is passed through and not kept. Verification re-reads the chain at least every
/// <see cref="PublicReadCacheOptions.VerifyLifetime"/>: its point is to notice a change nobody announced.
/// </para>
/// </summary>
public sealed class PublicReadCache(RequestDelegate next, PublicationVersion version, PublicReadCacheOptions options,
    IOptions<AntiforgeryOptions> antiforgery, ILogger<PublicReadCache> logger)
{
    private readonly string _antiforgeryCookie = antiforgery.Value.Cookie.Name is { } name ? name + "=" : ".AspNetCore.Antiforgery.";
    /// <summary>The query parameter that names the version in a link (immutable when it matches the current one).</summary>
    public const string VersionParameter = "v";

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = options.SizeLimitBytes });
    private string? _lastToken;

    private sealed record Entry(byte[] Body, string ContentType, string? ContentDisposition, string ETag);

    public static bool Applies(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && (request.Path.StartsWithSegments("/api/public") || request.Path.StartsWithSegments("/public"));

    public async Task InvokeAsync(HttpContext context)
    {
        if (!Applies(context.Request) || context.User.Identity?.IsAuthenticated == true)
        {
            await next(context);
            return;
        }

        var token = await version.CurrentAsync(context.RequestAborted);
        if (!string.Equals(Volatile.Read(ref _lastToken), token, StringComparison.Ordinal))
        {
            // A new version: nothing kept under the old one is served again, so free it now rather than when evicted.
            Volatile.Write(ref _lastToken, token);
            _entries.Compact(1.0);
        }

        var key = Key(context.Request, token);
        if (!_entries.TryGetValue(key, out Entry? entry) || entry is null)
        {
            entry = await RenderAsync(context);
            if (entry is null)
            {
                return;
            }

            using var cached = _entries.CreateEntry(key);
            cached.Value = entry;
            cached.Size = entry.Body.Length + 1024;
            if (IsVerification(context.Request))
            {
                cached.AbsoluteExpirationRelativeToNow = options.VerifyLifetime;
            }
        }

        await WriteAsync(context, entry, token);
    }

    /// <summary>Runs the page or endpoint into memory; null (and the answer already sent as it was) when it is not to be kept.</summary>
    private async Task<Entry?> RenderAsync(HttpContext context)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }

        DropAntiforgeryCookie(context);
        var keep = response.StatusCode == StatusCodes.Status200OK && StringValues.IsNullOrEmpty(response.Headers.SetCookie);
        if (!keep)
        {
            if (response.StatusCode == StatusCodes.Status200OK)
            {
                logger.LogWarning("Public read {Path} set a cookie; not cached", context.Request.Path.Value);
            }

            buffer.Position = 0;
            await buffer.CopyToAsync(original, context.RequestAborted);
            return null;
        }

        var body = buffer.ToArray();
        var etag = "\"" + Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_') + "\"";
        return new Entry(body, response.ContentType ?? "application/octet-stream", response.Headers.ContentDisposition.ToString() is { Length: > 0 } d ? d : null, etag);
    }

    /// <summary>
    /// Blazor issues an antiforgery cookie on every page of an app with interactive render modes, static ones included
    /// (.NET 10). The public pages post nothing — the language switch is a GET form — so the cookie is dropped: each
    /// citizen gets the same bytes and no cookie. A form that posts gets its token on the page that holds the form.
    /// </summary>
    private void DropAntiforgeryCookie(HttpContext context)
    {
        var cookies = context.Response.Headers.SetCookie;
        if (StringValues.IsNullOrEmpty(cookies) || context.Request.Path.StartsWithSegments("/api"))
        {
            return;
        }

        var kept = cookies.Where(c => c is not null && !c.StartsWith(_antiforgeryCookie, StringComparison.Ordinal)).ToArray();
        context.Response.Headers.SetCookie = kept.Length == 0 ? StringValues.Empty : new StringValues(kept);
    }

    private async Task WriteAsync(HttpContext context, Entry entry, string token)
    {
        var response = context.Response;
        var headers = response.Headers;
        headers.Remove("Pragma");
        headers.Remove("Expires");
        headers.ETag = entry.ETag;
        headers.CacheControl = NamesCurrentVersion(context.Request, token)
            ? "public, max-age=31536000, immutable"
            : string.Create(CultureInfo.InvariantCulture, $"public, max-age={(int)options.MaxAge.TotalSeconds}");
        if (!IsCultureFree(context.Request))
        {
            // The culture is a cookie's choice (Localization/LocalizationSetup.cs).
            headers.Vary = "Cookie";
        }

        if (Matches(context.Request.Headers.IfNoneMatch, entry.ETag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = entry.ContentType;
        response.ContentLength = entry.Body.Length;
        headers.XContentTypeOptions = "nosniff";
        if (entry.ContentDisposition is { } disposition)
        {
            headers.ContentDisposition = disposition;
        }

        await response.Body.WriteAsync(entry.Body, context.RequestAborted);
    }

    private static string Key(HttpRequest request, string token) => IsCultureFree(request)
        ? string.Concat(token, " ", request.Path.Value, request.QueryString.Value)
        : string.Concat(token, " ", CultureInfo.CurrentUICulture.Name, " ", request.Path.Value, request.QueryString.Value);

    /// <summary>The JSON API's figures do not depend on the reader's language; pages and documents do.</summary>
    private static bool IsCultureFree(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/public") && !Path.HasExtension(request.Path.Value);

    private static bool IsVerification(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/public/verify") || request.Path.StartsWithSegments("/public/verify");

    private static bool NamesCurrentVersion(HttpRequest request, string token) =>
        !IsVerification(request) && string.Equals(request.Query[VersionParameter], token, StringComparison.Ordinal);

    private static bool Matches(StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                // If-None-Match compares weakly (RFC 9110 13.1.2): W/"x" matches "x".
                if (part == "*" || string.Equals(part.StartsWith("W/", StringComparison.Ordinal) ? part[2..] : part, etag, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary><c>PublicCache:*</c> in configuration.</summary>
public sealed class PublicReadCacheOptions
{
    /// <summary>How long a browser or proxy may reuse an answer whose URL does not name the version.</summary>
    public TimeSpan MaxAge { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan VerifyLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Bytes kept at most; least recently used answers go first (a national year's unit pages are ≈ 100 MB).</summary>
    public long SizeLimitBytes { get; init; } = 64L * 1024 * 1024;

    public static PublicReadCacheOptions Read(IConfiguration configuration) => new()
    {
        MaxAge = TimeSpan.FromSeconds(configuration.GetValue("PublicCache:MaxAgeSeconds", 60)),
        VerifyLifetime = TimeSpan.FromSeconds(configuration.GetValue("PublicCache:VerifyLifetimeSeconds", 300)),
        SizeLimitBytes = configuration.GetValue("PublicCache:SizeLimitMegabytes", 64L) * 1024 * 1024,
    };
}
