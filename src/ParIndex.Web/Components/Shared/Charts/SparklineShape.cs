using System.Globalization;

namespace ParIndex.Web.Components.Shared.Charts;

/// <summary>
/// A unit's index over the years as a small line, worked out as SVG coordinates for a table row to draw inline: a
/// component per row would cost every circuit two render buffers per row (issue 20).
/// </summary>
public sealed class SparklineShape
{
    public const int Width = 90;
    public const int Height = 24;

    private SparklineShape(string polyline, IReadOnlyList<(string X, string Y)> dots)
    {
        Polyline = polyline;
        Dots = dots;
    }

    /// <summary>The line through the years with a value; empty when fewer than two.</summary>
    public string Polyline { get; }

    public IReadOnlyList<(string X, string Y)> Dots { get; }

    public static SparklineShape Of(IReadOnlyList<decimal?> values)
    {
        decimal min = decimal.MaxValue, max = decimal.MinValue;
        foreach (var value in values)
        {
            if (value is { } v)
            {
                min = Math.Min(min, v);
                max = Math.Max(max, v);
            }
        }

        var dots = new List<(string X, string Y)>(values.Count);
        var span = max - min <= 0 ? 1m : max - min;
        var step = values.Count > 1 ? (Width - 6m) / (values.Count - 1) : 0m;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                dots.Add((Format(3m + (i * step)), Format(Height - 3m - ((value - min) / span * (Height - 6m)))));
            }
        }

        return new SparklineShape(dots.Count > 1 ? string.Join(' ', dots.Select(d => $"{d.X},{d.Y}")) : string.Empty, dots);
    }

    private static string Format(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
