namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>Draws from the seeder's single seeded <see cref="Random"/>, so every run writes the same story.</summary>
internal static class DemoRandom
{
    /// <summary>A value in [min, max], rounded to <paramref name="decimals"/> places.</summary>
    public static decimal Between(this Random random, decimal min, decimal max, int decimals = 1)
    {
        var value = min + ((decimal)random.NextDouble() * (max - min));
        return Math.Clamp(Math.Round(value, decimals, MidpointRounding.AwayFromZero), min, max);
    }

    public static bool Chance(this Random random, double probability) => random.NextDouble() < probability;

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static List<T> Shuffled<T>(this Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }
}
