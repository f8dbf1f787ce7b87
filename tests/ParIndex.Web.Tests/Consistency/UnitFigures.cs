using System.Globalization;

namespace ParIndex.Web.Tests.Consistency;

/// <summary>
/// What every view must say about a unit in a year: index, class, rank, previous rank and rank change, written the same
/// way whatever the view (numbers invariant, the class by its Vietnamese name, "—" for nothing).
/// </summary>
internal sealed record UnitFigures(string Index, string Class, string Rank, string PreviousRank, string RankChange)
{
    public const string None = "—";

    public static UnitFigures Of(decimal index, string classVietnamese, int? rank, int? previousRank, int? rankChange) =>
        new(index.ToString("0.00", CultureInfo.InvariantCulture), classVietnamese, Text(rank), Text(previousRank), Text(rankChange));

    public static string Text(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? None;

    /// <summary>The class as the documents and the public site name it, from the enum name the API and snapshots use.</summary>
    public static string ClassOf(string name) => name switch
    {
        "Excellent" => "Xuất sắc",
        "Good" => "Tốt",
        "Fair" => "Khá",
        "Average" => "Trung bình",
        "Weak" => "Yếu",
        _ => name,
    };
}
