using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

/// <summary>The evidence linked to each of an assessment's responses, as the sheet shows it.</summary>
internal static class AssessmentEvidence
{
    public static async Task<ILookup<Guid, EvidenceItem>> ByResponseAsync(IParIndexDb db, Assessment assessment, CancellationToken ct)
    {
        var responseIds = assessment.Responses.Select(r => r.Id).ToList();
        var rows = await (from link in db.CriterionEvidence
                          join e in db.Evidence on link.EvidenceId equals e.Id
                          where responseIds.Contains(link.ResponseId)
                          orderby e.CreatedAtUtc
                          select new
                          {
                              link.ResponseId,
                              Item = new EvidenceItem(e.Id, e.Kind, e.Title, e.ContentType, e.SizeBytes, e.DocumentNumber, e.IssuedOn, e.Issuer, e.Url),
                          }).AsNoTracking().ToListAsync(ct);
        return rows.ToLookup(r => r.ResponseId, r => r.Item);
    }
}
