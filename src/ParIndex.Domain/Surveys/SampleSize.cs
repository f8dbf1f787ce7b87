using ParIndex.Domain.Common;

namespace ParIndex.Domain.Surveys;

/// <summary>
/// SIPAS sample size (Decision 1383/QĐ-BNV, methodology §2.5): <c>n = N / (1 + N·e²)</c>, where N is the population
/// (dossiers or service transactions of the period at the service point) and e the margin of error (0,05 for 5 %).
/// Rounded up: a sample a fraction short of n would not reach the margin.
/// </summary>
public static class SampleSize
{
    public const int MaxPopulation = 10_000_000;
    public const decimal MinMargin = 0.01m;
    public const decimal MaxMargin = 0.2m;

    public static int For(int population, decimal margin)
    {
        if (population is < 1 or > MaxPopulation)
        {
            throw new DomainException("sipas.population", $"The population is between 1 and {MaxPopulation}.", MaxPopulation);
        }

        if (margin is < MinMargin or > MaxMargin)
        {
            throw new DomainException("sipas.margin", $"The margin of error is between {MinMargin} and {MaxMargin}.", MinMargin, MaxMargin);
        }

        var n = population / (1m + (population * margin * margin));
        return (int)Math.Ceiling(n);
    }
}
