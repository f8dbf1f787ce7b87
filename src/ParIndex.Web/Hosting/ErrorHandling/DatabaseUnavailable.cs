using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ParIndex.Web.Hosting.ErrorHandling;

/// <summary>
/// The database could not be reached or stayed locked past the busy timeout (G5): a provider error, not a fault in
/// the request. The transaction was rolled back, so nothing of the operation was written; the person may try again.
/// </summary>
public static class DatabaseUnavailable
{
    public static string Message => Application.Common.CommonMessages.DatabaseUnavailable;

    public static bool Is(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => false,
        DbException => true,
        DbUpdateException { InnerException: DbException } => true,
        InvalidOperationException { InnerException: DbException } => true,
        _ => false,
    };
}
