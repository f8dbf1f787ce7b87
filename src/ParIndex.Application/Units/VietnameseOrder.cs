using System.Globalization;

namespace ParIndex.Application.Units;

/// <summary>
/// Names sort as a Vietnamese reader expects (Đ after D, not after Z); the databases' binary order does not.
/// </summary>
internal static class VietnameseOrder
{
    public static readonly StringComparer Names = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true);
}
