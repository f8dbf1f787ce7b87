using BenchmarkDotNet.Attributes;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Benchmarks;

/// <summary>Scores every leaf of every unit for three rounds, computes the indexes and ranks the block.</summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private NationalPeriod _period = null!;
    private ScoringRule[] _rules = [];
    private ScoringPlan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _period = new NationalPeriod();
        _rules = [.. _period.LeafNodes.Select(l => ScoringRule.Parse(l.RuleType, l.RuleParameters))];
        _plan = ScoringPlan.For(_period.Framework);
    }

    [Benchmark(Description = "3,355 units × 120 leaves × 3 rounds: score, index, rank")]
    public IReadOnlyDictionary<int, int> ScoreAndRankNationalPeriod()
    {
        var finals = new (int Unit, decimal Index)[NationalPeriod.Units];
        for (var unit = 0; unit < NationalPeriod.Units; unit++)
        {
            AssessmentScore? last = null;
            for (var round = 0; round < NationalPeriod.Rounds; round++)
            {
                var scores = new List<LeafScore>(NationalPeriod.Leaves);
                for (var i = 0; i < _rules.Length; i++)
                {
                    var leaf = _period.LeafNodes[i];
                    var outcome = _rules[i].Score(leaf.MaxPoints, _period.Inputs[unit][round][i], leaf.WhenNothingToCount);
                    scores.Add(outcome.IsExcluded ? LeafScore.NotEvaluated(leaf, null) : new LeafScore(leaf, outcome.Points, false, null, null));
                }

                last = ScoreCalculator.Compute(_plan, scores);
            }

            finals[unit] = (unit, last!.Index);
        }

        return Ranking.Rank(finals.Select(f => (f.Unit, f.Index)));
    }

    /// <summary>
    /// What the province runs when the council approves: each leaf's final points (round 2 where held, else round 1,
    /// methodology 2.3), every unit's index with its domains, and the ranking.
    /// </summary>
    [Benchmark(Description = "3,355 units × 120 leaves × 3 recorded rounds: final points, index, rank")]
    public IReadOnlyDictionary<int, int> IndexAndRankFromRecordedRounds()
    {
        var finals = new (int Unit, decimal Index)[NationalPeriod.Units];
        var scores = new LeafScore[NationalPeriod.Leaves];
        for (var unit = 0; unit < NationalPeriod.Units; unit++)
        {
            var recorded = _period.RecordedPoints[unit];
            for (var i = 0; i < scores.Length; i++)
            {
                var rounds = recorded[i];
                scores[i] = new LeafScore(_period.LeafNodes[i], rounds[2] ?? rounds[1] ?? 0m, false, null, null);
            }

            finals[unit] = (unit, ScoreCalculator.Compute(_plan, scores).Index);
        }

        return Ranking.Rank(finals.Select(f => (f.Unit, f.Index)));
    }
}
