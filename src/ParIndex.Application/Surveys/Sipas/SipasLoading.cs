using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys.Sipas;

/// <summary>What the public SIPAS form needs, read for the one unit of the link (not the whole period: the form is public and busy).</summary>
internal static class SipasLoading
{
    public static async Task<(SipasLink Link, Survey Survey)> LinkAsync(IParIndexDb db, string? typedCode, bool tracked, CancellationToken ct)
    {
        var code = SurveyInvitation.Normalize(typedCode) ?? throw SurveyMessages.Refusal("sipas.unknown");
        var links = tracked ? db.SipasLinks : db.SipasLinks.AsNoTracking();
        var link = await links.SingleOrDefaultAsync(l => l.Code == code, ct) ?? throw SurveyMessages.Refusal("sipas.unknown");
        return (link, await SurveyLoading.SurveyAsync(db, link.SurveyId, tracked: false, ct));
    }

    /// <summary>The survey's questions whose criterion the unit's framework has (for its block's kind), in the survey's order.</summary>
    public static async Task<IReadOnlyList<SurveyQuestion>> QuestionsAsync(IParIndexDb db, Survey survey, Guid unitId, CancellationToken ct)
    {
        var frameworkId = await db.Assessments.AsNoTracking().Where(a => a.PeriodId == survey.PeriodId && a.UnitId == unitId)
            .Select(a => (Guid?)a.FrameworkId).SingleOrDefaultAsync(ct);
        if (frameworkId is null)
        {
            return [];
        }

        var kind = await db.Units.AsNoTracking().Where(u => u.Id == unitId)
            .Join(db.Blocks.AsNoTracking(), u => u.BlockId, b => b.Id, (_, b) => b.Kind).SingleAsync(ct);
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Nodes).SingleAsync(f => f.Id == frameworkId, ct);
        var codes = framework.Leaves().Where(l => l.Method == AssessmentMethod.Survey && l.AppliesTo(kind))
            .Select(l => l.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. survey.Questions.Where(q => codes.Contains(q.CriterionCode))];
    }

    /// <summary>The receipt's hash: the browser token with the link's id, so one browser's hashes differ from link to link.</summary>
    public static string TokenHash(Guid linkId, string browserToken) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{linkId:N}:{browserToken}")));
}
