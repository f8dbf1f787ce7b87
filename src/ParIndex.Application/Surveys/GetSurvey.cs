using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>A survey's design and progress: response rates per group, and how many ballots rated each unit.</summary>
public sealed record GetSurvey(Guid SurveyId);

public sealed record SurveyGroupView(Guid Id, string Name, IReadOnlyList<string> RatedBlocks, IReadOnlyList<Guid> RatedBlockIds, int Issued, int Submitted,
    int InProgress)
{
    /// <summary>Submitted out of issued, in percent; null before any code is issued.</summary>
    public decimal? ResponseRate => Issued == 0 ? null : Math.Round(100m * Submitted / Issued, 1, MidpointRounding.AwayFromZero);
}

/// <summary>A unit's ballots so far: how many rated it at least once (any answer but "don't know"), per group id.</summary>
public sealed record SurveyUnitProgress(Guid UnitId, string Code, string Name, int Ballots, IReadOnlyDictionary<Guid, int> BallotsByGroup);

/// <summary>A survey criterion a question may be mapped to, with the frameworks' texts.</summary>
public sealed record SurveyCriterionChoice(string Code, string Title, decimal MaxPoints);

public sealed record SurveyView(Guid Id, Guid PeriodId, string PeriodName, string Title, SurveyState State, GroupAveraging Averaging, int MinimumAnswers,
    DateTime? OpensAtUtc, DateTime? ClosesAtUtc, IReadOnlyList<AnswerOption> Options, IReadOnlyList<SurveyQuestion> Questions,
    IReadOnlyList<SurveyGroupView> Groups, IReadOnlyList<SurveyUnitProgress> Units, IReadOnlyList<SurveyCriterionChoice> Criteria,
    IReadOnlyList<SurveyBlock> Blocks, int Ballots);

public sealed record SurveyBlock(Guid Id, string Name);

public sealed class GetSurveyHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    public async Task<SurveyView> HandleAsync(GetSurvey request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireReaderAsync(db, user, clock, "survey.read", request.SurveyId, ct);
        var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: false, ct);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == survey.PeriodId, ct);
        var blocks = await db.Blocks.AsNoTracking().OrderBy(b => b.SortOrder).Select(b => new { b.Id, b.Name }).ToListAsync(ct);
        var blockNames = blocks.ToDictionary(b => b.Id, b => b.Name);
        var invitations = await db.SurveyInvitations.AsNoTracking().Where(i => i.SurveyId == survey.Id)
            .Select(i => new { i.GroupId, i.State, i.Draft }).ToListAsync(ct);
        var ballots = await db.SurveyBallots.AsNoTracking().Where(b => b.SurveyId == survey.Id).ToListAsync(ct);
        var units = await SurveyUnits.LoadAsync(db, survey.PeriodId, tracked: false, ct);

        var groups = survey.Groups.Select(g => new SurveyGroupView(g.Id, g.Name, [.. g.RatedBlockIds.Select(b => blockNames.GetValueOrDefault(b) ?? "?")],
            g.RatedBlockIds,
            invitations.Count(i => i.GroupId == g.Id && i.State != InvitationState.Revoked),
            invitations.Count(i => i.GroupId == g.Id && i.State == InvitationState.Submitted),
            invitations.Count(i => i.GroupId == g.Id && i.State == InvitationState.Issued && i.Draft.Count > 0))).ToList();

        var counted = survey.Options.Where(o => o.Counts).Select(o => o.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rated = ballots.SelectMany(b => b.Answers.Where(a => counted.Contains(a.OptionKey)).Select(a => a.UnitId).Distinct().Select(u => (Unit: u, b.GroupId)))
            .GroupBy(x => x.Unit).ToDictionary(g => g.Key, g => g.GroupBy(x => x.GroupId).ToDictionary(x => x.Key, x => x.Count()));
        var ratedBlocks = survey.Groups.SelectMany(g => g.RatedBlockIds).ToHashSet();
        var unitProgress = units.Where(u => ratedBlocks.Contains(u.BlockId)).Select(u =>
        {
            var byGroup = rated.GetValueOrDefault(u.UnitId) ?? [];
            return new SurveyUnitProgress(u.UnitId, u.Code, u.Name, byGroup.Values.Sum(), byGroup);
        }).ToList();

        var criteria = units.SelectMany(u => u.SurveyLeaves.Values).GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.First()).OrderBy(l => l.SortOrder).ThenBy(l => l.Code, StringComparer.Ordinal)
            .Select(l => new SurveyCriterionChoice(l.Code, l.Title, l.MaxPoints)).ToList();

        return new SurveyView(survey.Id, survey.PeriodId, period.Name, survey.Title, survey.State, survey.Averaging, survey.MinimumAnswers, survey.OpensAtUtc,
            survey.ClosesAtUtc, survey.Options, survey.Questions, groups, unitProgress, criteria, [.. blocks.Select(b => new SurveyBlock(b.Id, b.Name))], ballots.Count);
    }
}
