using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using ParIndex.Application.Exports;

namespace ParIndex.Web.Endpoints;

/// <summary>How every generated file leaves the portal: an attachment named in Vietnamese with an ASCII fallback, never sniffed or cached.</summary>
internal static class FileDownloads
{
    public static FileContentHttpResult Attachment(HttpContext http, ExportedDocument file)
    {
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = file.AsciiFileName, FileNameStar = file.FileName };
        http.Response.Headers.ContentDisposition = disposition.ToString();
        http.Response.Headers.XContentTypeOptions = "nosniff";

        // The path ends in a file extension, which the portal's header middleware treats as a static asset: say no-store here.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(file.Content, file.ContentType);
    }
}
