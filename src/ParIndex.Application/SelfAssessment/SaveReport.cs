using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;

namespace ParIndex.Application.SelfAssessment;

/// <summary>The report's free text: difficulties (khó khăn, vướng mắc) and recommendations (đề xuất, kiến nghị).</summary>
public sealed record SaveReport(Guid AssessmentId, string? Difficulties, string? Recommendations, Guid ConcurrencyStamp);

public sealed class SaveReportHandler(IParIndexDbFactory dbFactory, IValidator<SaveReport> validator, ICurrentUser user, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(SaveReport request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateAsync(ct);
        var assessment = await SelfAssessmentAccess.LoadAsync(db, user, clock, request.AssessmentId, forChange: true, "selfAssessment.reportSaved", ct);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, assessment.ConcurrencyStamp);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == assessment.PeriodId, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        SelfAssessmentRules.EnsureEditable(assessment, period, now);

        var old = new { assessment.ReportDifficulties, assessment.ReportRecommendations };
        assessment.WriteReport(period, request.Difficulties, request.Recommendations, now);
        db.Audit(user, clock, "selfAssessment.reportSaved", nameof(Assessment), assessment.Id, old,
            new { assessment.ReportDifficulties, assessment.ReportRecommendations });
        await db.SaveChangesAsync(ct);
        return assessment.ConcurrencyStamp;
    }
}
