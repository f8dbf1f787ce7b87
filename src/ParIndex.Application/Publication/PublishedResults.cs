namespace ParIndex.Application.Publication;

/// <summary>
/// A period's results exactly as published: the canonical content of a snapshot. Figures are text with two decimals
/// (invariant culture) so the same results always give the same bytes, whatever the database or the machine.
/// </summary>
public sealed record PublishedResults(int Year, string PeriodName, IReadOnlyList<PublishedBlock> Blocks);

public sealed record PublishedBlock(string Code, string Name, bool IsRanked, IReadOnlyList<PublishedUnit> Units);

/// <summary>One unit's published result; <see cref="Rank"/> is null in unranked blocks.</summary>
public sealed record PublishedUnit(
    string Code, string Name, string Index, string Classification, int? Rank, IReadOnlyList<PublishedDomain> Domains,
    IReadOnlyList<PublishedCriterion> Criteria);

/// <summary>A domain's points over its applicable maximum; a fully excluded domain has a maximum of "0.00".</summary>
public sealed record PublishedDomain(string Code, string Title, string Points, string Max);

/// <summary>A leaf's decided points; null points mean "không đánh giá". <see cref="Reason"/> is the appraiser's.</summary>
public sealed record PublishedCriterion(string Code, string Max, string? Points, string? Reason);
