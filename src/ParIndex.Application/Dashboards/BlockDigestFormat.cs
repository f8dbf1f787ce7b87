using System.Text.Json;
using ParIndex.Domain.Scoring;

namespace ParIndex.Application.Dashboards;

/// <summary>
/// The stored form of a <see cref="BlockDigest"/>: each domain named once and each unit's domains as (domain, points,
/// applicable maximum) triples, so a national block is under a megabyte instead of repeating every title 3,355 times.
/// </summary>
internal static class BlockDigestFormat
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(BlockDigest digest)
    {
        var domains = digest.Units.SelectMany(u => u.Domains).DistinctBy(d => d.NodeId).Select(d => new Domain(d.NodeId, d.Code, d.Title)).ToList();
        var position = domains.Select((d, i) => (d.NodeId, i)).ToDictionary(x => x.NodeId, x => x.i);
        var units = digest.Units.Select(u => new Unit(u.UnitId, [.. u.Domains.Select(d => new[] { position[d.NodeId], d.Points, d.ApplicableMax })])).ToList();
        return JsonSerializer.Serialize(new Content(domains, units, digest.Criteria), Options);
    }

    public static BlockDigest Read(string json)
    {
        var content = JsonSerializer.Deserialize<Content>(json, Options) ?? throw new InvalidOperationException("Empty block digest.");
        return new BlockDigest(
            [.. content.Units.Select(u => new UnitDomains(u.UnitId, [.. u.Domains.Select(d =>
            {
                var domain = content.Domains[(int)d[0]];
                return new DomainScore(domain.NodeId, domain.Code, domain.Title, d[1], d[2]);
            })]))],
            content.Criteria);
    }

    private sealed record Content(IReadOnlyList<Domain> Domains, IReadOnlyList<Unit> Units, IReadOnlyList<CriterionLoss> Criteria);

    private sealed record Domain(Guid NodeId, string Code, string Title);

    /// <summary>Each domain as [position in <see cref="Content.Domains"/>, points, applicable maximum].</summary>
    private sealed record Unit(Guid UnitId, IReadOnlyList<decimal[]> Domains);
}
