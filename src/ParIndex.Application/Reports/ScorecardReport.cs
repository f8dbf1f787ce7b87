using ParIndex.Application.Results;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Reports;

/// <summary>
/// A unit's scorecard for print: the scorecard as the portal shows it, every criterion with the unit's own score
/// beside the decided one, last year's result when known, and the largest losses to fix first.
/// </summary>
public sealed record ScorecardReport(UnitScorecard Card, IReadOnlyList<ScorecardLine> Lines, PreviousResult? Previous, ReportIssue Issue)
{
    public const int FixFirstCount = 5;

    /// <summary>"Cần khắc phục trước": the biggest losses first, as many as <see cref="FixFirstCount"/>.</summary>
    public IReadOnlyList<ScorecardLine> FixFirst { get; } =
        [.. Lines.Where(l => !l.Line.IsNotEvaluated && l.Line.Lost > 0m).OrderByDescending(l => l.Line.Lost).ThenBy(l => l.Line.Code, StringComparer.Ordinal).Take(FixFirstCount)];

    public decimal TotalLost => Lines.Where(l => !l.Line.IsNotEvaluated).Sum(l => l.Line.Lost);
}

/// <summary>One criterion: what the unit gave itself and the points that count (<see cref="LeafLine.Points"/>).</summary>
public sealed record ScorecardLine(LeafLine Line, decimal? SelfScore);
