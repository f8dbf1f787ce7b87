using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.SelfAssessment;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Application.EvidenceFiles;

/// <summary>Evidence a criterion could use: the unit's files of this period, and last period's for the criterion of the same code.</summary>
public sealed record ListAvailableEvidence(Guid AssessmentId, Guid NodeId);

public sealed record AvailableEvidence(IReadOnlyList<EvidenceItem> ThisPeriod, IReadOnlyList<EvidenceItem> LastPeriod, int? LastYear);

public sealed class ListAvailableEvidenceHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<AvailableEvidence> HandleAsync(ListAvailableEvidence request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var assessment = await SelfAssessmentAccess.LoadAsync(db, user, clock, request.AssessmentId, forChange: false, "evidence.list", ct);
        var code = await db.FrameworkNodes.AsNoTracking().Where(n => n.Id == request.NodeId).Select(n => n.Code).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(nameof(FrameworkNode), request.NodeId);
        // This period's files include those of units merged into this one during the period (their work carries over).
        var owners = await MergedEvidence.PredecessorsAsync(db, assessment.UnitId, ct);
        owners.Add(assessment.UnitId);
        var thisPeriod = await Items(db.Evidence.Where(e => owners.Contains(e.UnitId) && e.PeriodId == assessment.PeriodId)).ToListAsync(ct);

        var year = await db.Periods.AsNoTracking().Where(p => p.Id == assessment.PeriodId).Select(p => p.Year).SingleAsync(ct);
        var previous = await db.Assessments.AsNoTracking()
            .Where(a => a.UnitId == assessment.UnitId)
            .Join(db.Periods.Where(p => p.Year == year - 1), a => a.PeriodId, p => p.Id, (a, p) => new { a.Id, a.FrameworkId, p.Year })
            .SingleOrDefaultAsync(ct);
        if (previous is null)
        {
            return new AvailableEvidence(thisPeriod, [], null);
        }

        var carried = from response in db.CriterionResponses
                      join node in db.FrameworkNodes on response.NodeId equals node.Id
                      join link in db.CriterionEvidence on response.Id equals link.ResponseId
                      where response.AssessmentId == previous.Id && node.Code == code
                      select link.EvidenceId;
        var lastPeriod = await Items(db.Evidence.Where(e => carried.Contains(e.Id))).ToListAsync(ct);
        return new AvailableEvidence(thisPeriod, lastPeriod, previous.Year);
    }

    private static IQueryable<EvidenceItem> Items(IQueryable<Evidence> evidence) =>
        evidence.AsNoTracking().OrderBy(e => e.CreatedAtUtc)
            .Select(e => new EvidenceItem(e.Id, e.Kind, e.Title, e.ContentType, e.SizeBytes, e.DocumentNumber, e.IssuedOn, e.Issuer, e.Url));
}
