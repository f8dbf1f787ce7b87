using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace ParIndex.Web.Hosting.ErrorHandling;

/// <summary>
/// The database could not be reached or stayed locked past the busy timeout (G5): a provider error, not a fault in
/// the request. The transaction was rolled back, so nothing of the operation was written; the person may try again.
/// </summary>
public static class DatabaseUnavailable
{
    public const string Message = "Cơ sở dữ liệu tạm thời không sẵn sàng (đang bảo trì hoặc quá tải). Thao tác chưa được lưu; dữ liệu đã lưu trước đó không bị ảnh hưởng. Vui lòng thử lại sau ít phút.";

    public static bool Is(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => false,
        DbException => true,
        DbUpdateException { InnerException: DbException } => true,
        InvalidOperationException { InnerException: DbException } => true,
        _ => false,
    };
}
