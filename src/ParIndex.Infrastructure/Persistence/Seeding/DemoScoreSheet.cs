using ParIndex.Domain.Frameworks;
using ParIndex.Infrastructure.Persistence.Seeding.Rules;

namespace ParIndex.Infrastructure.Persistence.Seeding;

/// <summary>
/// Draws one unit's leaf scores for a past year so its index lands near the story's target: survey leaves follow the
/// target, then points are taken from randomly chosen leaves in the steps their rules allow, each with the reason.
/// </summary>
internal static class DemoScoreSheet
{
    public static IReadOnlyList<DemoLeafScore> Draw(
        IReadOnlyList<DemoScoredLeaf> leaves, Func<DemoScoredLeaf, string?> notApplicable, decimal target, Random random)
    {
        var applicable = leaves.Where(l => notApplicable(l) is null).ToList();
        var toLose = applicable.Sum(l => l.Spec.Max) * (100m - target) / 100m;
        var outcomes = new Dictionary<DemoScoredLeaf, LeafOutcome>();

        foreach (var leaf in applicable)
        {
            if (leaf.Spec.Rule is SurveyRule survey)
            {
                var rate = Math.Clamp(target + random.Between(-3m, 3m), 40m, 100m);
                outcomes[leaf] = survey.Result(leaf.Spec.Max, rate, random);
                toLose -= leaf.Spec.Max - outcomes[leaf].Points;
            }
            else
            {
                outcomes[leaf] = Full(leaf, random);
            }
        }

        var candidates = random.Shuffled(applicable.Where(l => l.Spec.Method != AssessmentMethod.Survey));
        for (var pass = 0; pass < 2 && toLose >= 0.2m; pass++)
        {
            foreach (var leaf in candidates)
            {
                // The first pass skips half the leaves so the losses spread over the framework.
                if (toLose < 0.2m || outcomes[leaf].Points < leaf.Spec.Max || (pass == 0 && random.Chance(0.5)))
                {
                    continue;
                }

                var shortfall = leaf.Spec.Rule.Shortfall(leaf.Spec.Max, toLose + 0.1m, random);
                if (shortfall is not null)
                {
                    outcomes[leaf] = shortfall;
                    toLose -= leaf.Spec.Max - shortfall.Points;
                }
            }
        }

        var honesty = random.NextDouble() * 0.5 + 0.35;
        return [.. leaves.Select(leaf => notApplicable(leaf) is { } reason
            ? DemoLeafScore.NotApplicable(leaf, reason)
            : WithSelfScore(leaf, outcomes[leaf], honesty, random))];
    }

    /// <summary>A unit's own draft for a leaf of the open year: mostly full, sometimes an honest shortfall.</summary>
    public static LeafOutcome Draft(DemoScoredLeaf leaf, Random random) =>
        random.Chance(0.75) ? Full(leaf, random) : leaf.Spec.Rule.Shortfall(leaf.Spec.Max, leaf.Spec.Max, random) ?? Full(leaf, random);

    private static LeafOutcome Full(DemoScoredLeaf leaf, Random random) =>
        leaf.Spec.FullWhenNothingToCount && random.Chance(0.35)
            ? new LeafOutcome(leaf.Spec.Max, DemoText.ToJson(new { cases = 0 }), null)
            : leaf.Spec.Rule.Full(leaf.Spec.Max, random);

    private static DemoLeafScore WithSelfScore(DemoScoredLeaf leaf, LeafOutcome outcome, double honesty, Random random)
    {
        var max = leaf.Spec.Max;
        if (leaf.Spec.Method == AssessmentMethod.Survey)
        {
            return new DemoLeafScore(leaf, null, null, null, outcome.Points, outcome.Inputs, outcome.Comment);
        }

        if (outcome.Points < max)
        {
            // Many units claim the maximum and lose the difference at appraisal; the others score themselves as appraised.
            return random.NextDouble() > honesty
                ? new DemoLeafScore(leaf, null, max, "Đơn vị tự đánh giá đã hoàn thành; tài liệu kiểm chứng gửi kèm.", outcome.Points, outcome.Inputs, outcome.Comment)
                : new DemoLeafScore(leaf, null, outcome.Points, null, outcome.Points, outcome.Inputs, outcome.Comment);
        }

        if (max >= 1m && leaf.Spec.Rule is not ProportionalRule && random.Chance(0.03))
        {
            var self = max - (random.Chance(0.5) ? 0.25m : 0.5m);
            return new DemoLeafScore(leaf, null, self, null, max, outcome.Inputs,
                $"Đơn vị tự chấm {DemoText.Points(self)} điểm; tài liệu kiểm chứng đủ điều kiện đạt {DemoText.Points(max)} điểm.");
        }

        return new DemoLeafScore(leaf, null, max, null, max, outcome.Inputs, null);
    }
}
