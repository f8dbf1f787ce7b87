using System.Globalization;

namespace ParIndex.Application.Tests.Localization;

/// <summary>Reads something as a person with that language would, then puts the thread's cultures back.</summary>
internal static class ReaderCulture
{
    public static T In<T>(string name, Func<T> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
