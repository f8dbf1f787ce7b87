namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// One thing a unit enters for a leaf, as its rule reads it: the entry form and its validation are drawn from
/// these, so a new framework needs no new screen.
/// </summary>
/// <param name="Name">The key in the response's inputs JSON.</param>
/// <param name="Kind">How it is entered and checked.</param>
/// <param name="Label">What the form asks, worded by the Application in the reader's language.</param>
/// <param name="Options">The choices of a <see cref="InputKind.Choice"/>.</param>
/// <param name="Max">The largest accepted number, when the rule knows one (e.g. a count out of N).</param>
public sealed record InputField(string Name, InputKind Kind, RuleText Label, IReadOnlyList<string>? Options = null, decimal? Max = null);
