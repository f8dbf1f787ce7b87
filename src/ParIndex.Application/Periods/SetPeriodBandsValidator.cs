using FluentValidation;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Periods;

public sealed class SetPeriodBandsValidator : AbstractValidator<SetPeriodBands>
{
    public SetPeriodBandsValidator()
    {
        RuleFor(r => r.Bands)
            .Must(b => b.Count == 5 && b.Select(x => x.Classification).Distinct().Count() == 5 && b.All(x => Enum.IsDefined(x.Classification)))
            .WithMessage(_ => PeriodMessages.BandsCount);
        RuleForEach(r => r.Bands).Must(b => b.LowerBound is >= 0m and <= 100m).WithMessage(_ => PeriodMessages.BandRange)
            .Must(b => b.MinDomainPercent is null or (>= 0m and <= 100m)).WithMessage(_ => PeriodMessages.BandRange);
        RuleFor(r => r.Bands).Must(StrictlyOrdered).WithMessage(_ => PeriodMessages.BandOrder)
            .Must(b => b.FirstOrDefault(x => x.Classification == Classification.Weak)?.LowerBound == 0m).WithMessage(_ => PeriodMessages.WeakFromZero)
            .When(r => r.Bands.Count == 5);
    }

    private static bool StrictlyOrdered(IReadOnlyList<BandItem> bands)
    {
        var ordered = bands.OrderBy(b => b.Classification).ToList();
        return ordered.Zip(ordered.Skip(1)).All(pair => pair.First.LowerBound > pair.Second.LowerBound);
    }
}
