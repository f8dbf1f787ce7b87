namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// The index each unit should land near in the three past years (oldest first), so the demo tells a story:
/// Văn phòng UBND tỉnh climbs from 14th to 1st, Sở Xây dựng and Sở Văn hóa, Thể thao và Du lịch slide, most units
/// are "tốt" or "khá", a few "xuất sắc", and a project board and a mountain commune sit in "trung bình".
/// Units not listed get a seeded random path around 80.
/// </summary>
internal sealed class DemoStory
{
    public const string RiserCode = "VPUBND";

    private static readonly Dictionary<string, decimal?[]> Written = new(StringComparer.Ordinal)
    {
        // Departments: oldest year, middle year, last year (null: the unit was not assessed that year).
        ["VPUBND"] = [82.1m, 89.1m, 95.2m],
        ["SNV"] = [92.4m, 93.6m, 94.1m],
        ["STP"] = [93.1m, 92.8m, 92.6m],
        ["STC"] = [91.0m, 91.5m, 91.8m],
        ["SYT"] = [88.6m, 90.4m, 90.9m],
        ["SCT"] = [87.9m, 87.6m, 88.3m],
        ["SKHCN"] = [87.1m, 88.5m, 89.6m],
        ["SGDDT"] = [85.8m, 86.3m, 87.5m],
        ["SXD"] = [85.0m, 81.2m, 77.2m],
        ["BQLKCN"] = [84.2m, 85.4m, 85.3m],
        ["SVHTTDL"] = [83.6m, 78.4m, 72.1m],
        ["TTT"] = [78.8m, 83.8m, 84.5m],
        ["SNGV"] = [77.9m, 79.5m, 81.4m],
        ["BQLDADD"] = [75.2m, 76.2m, 78.6m],
        ["BQLDANN"] = [73.8m, 74.1m, 74.4m],
        ["CDKTCN"] = [72.4m, 75.0m, 79.9m],
        ["DPTTH"] = [71.0m, 72.8m, 75.8m],
        ["BQLDAGT"] = [67.5m, 70.9m, 68.9m],
        ["SNNMT"] = [null, null, 86.2m],
        ["SDTTG"] = [null, null, 82.7m],
        ["SKHDT"] = [90.2m, 89.7m, null],
        ["STTTT"] = [86.5m, 87.0m, null],
        ["SNNPTNT"] = [82.9m, 84.6m, null],
        ["STNMT"] = [81.3m, 83.0m, null],
        ["SLDTBXH"] = [80.4m, 82.1m, null],
        ["SGTVT"] = [79.6m, 80.3m, null],
        ["BDT"] = [76.5m, 77.6m, null],

        // Vertical agencies: classified, not ranked.
        ["CAT"] = [88.0m, 90.2m, 92.1m],
        ["THUE"] = [86.1m, 87.3m, 89.0m],
        ["KBNN"] = [91.2m, 92.0m, 93.4m],
        ["BHXH"] = [84.0m, 86.2m, 88.1m],
        ["HQ"] = [87.2m, 85.1m, 86.0m],
        ["TK"] = [82.3m, 84.0m, 85.2m],
        ["NHNN"] = [85.0m, 86.4m, 87.3m],

        // Communes and wards with a story of their own.
        ["PLAMSON"] = [91.6m, 93.0m, 94.4m],
        ["XTHACHNGAN"] = [64.6m, 68.9m, 74.1m],
        ["XCHAUBINH"] = [86.2m, 81.0m, 75.3m],
        ["PHONGSON"] = [null, null, 91.0m],
    };

    private readonly Dictionary<string, decimal[]> _drawn = new(StringComparer.Ordinal);
    private readonly Random _random;

    public DemoStory(Random random) => _random = random;

    /// <summary>The target for a unit in past year <paramref name="pastYear"/> (0 = oldest of the three).</summary>
    public decimal Target(string unitCode, int pastYear)
    {
        if (Written.TryGetValue(unitCode, out var written))
        {
            // If the calendar shifts the reform to another past year, fall back to the nearest written value.
            return written[pastYear]
                ?? written.Select((v, i) => (v, Distance: Math.Abs(i - pastYear))).Where(x => x.v is not null)
                    .OrderBy(x => x.Distance).First().v!.Value;
        }

        if (!_drawn.TryGetValue(unitCode, out var path))
        {
            var start = _random.Between(72m, 90m);
            var trend = _random.Between(-1.5m, 3m);
            path = [start, Clamp(start + trend + _random.Between(-1.5m, 1.5m)), Clamp(start + (2 * trend) + _random.Between(-2m, 2m))];
            _drawn[unitCode] = path;
        }

        return path[pastYear];
    }

    private static decimal Clamp(decimal value) => Math.Clamp(value, 66m, 95m);
}
