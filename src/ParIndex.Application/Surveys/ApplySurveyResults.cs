using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.DataImport;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>
/// Writes a closed survey's points into the period's survey criteria, the way a survey file import does
/// (<see cref="ImportDataHandler"/>): one <see cref="SurveyImport"/> record named after the survey replaces the
/// period's earlier import; each unit's criterion gets <c>{"rate":…,"respondents":…}</c> scored by the criterion's own
/// rule; survey results of earlier imports that this survey does not carry (a unit with too few answers) are cleared.
/// A later file import still replaces this in turn. One save, audited.
/// </summary>
public sealed record ApplySurveyResults(Guid SurveyId);

public sealed record SurveyApplied(Guid ImportId, int Recorded, int Changed, int Cleared, int WithoutResult);

public sealed class ApplySurveyResultsHandler(IParIndexDbFactory dbFactory, ICurrentUser user, TimeProvider clock)
{
    private const string Action = "survey.applied";

    public async Task<SurveyApplied> HandleAsync(ApplySurveyResults request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireManagerAsync(db, user, clock, Action, request.SurveyId, ct);
        var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: false, ct);
        var period = await DataImportAccess.LoadPeriodAsync(db, user, clock, survey.PeriodId, Action, ct);
        if (survey.State != SurveyState.Closed)
        {
            throw SurveyMessages.Refusal("survey.notClosed");
        }

        var rows = await SurveyResultSheet.ReadAsync(db, survey, tracked: true, ct);
        var results = rows.Where(r => r.Rate is not null).Select(r => (Row: r, Inputs: Inputs(r))).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var name = $"Khảo sát trực tuyến: {survey.Title}";
        var import = new SurveyImport(period.Id, name.Length > 260 ? name[..260] : name, Fingerprint(results), results.Count, user.UserId!.Value, now);
        var imports = await db.SurveyImports.Where(i => i.PeriodId == period.Id).ToListAsync(ct);
        foreach (var earlier in imports.Where(i => i.ReplacedByImportId == null))
        {
            earlier.ReplaceWith(import);
        }

        db.SurveyImports.Add(import);
        var changed = 0;
        foreach (var (row, inputs) in results)
        {
            var rule = ScoringRule.Parse(row.Leaf.RuleType, row.Leaf.RuleParameters);
            var (points, problem) = DataImportValues.Score(rule, row.Leaf, inputs);
            if (points is null)
            {
                throw new InvalidOperationException($"Survey criterion {row.Leaf.Code} did not score a rate: {problem}");
            }

            var response = row.Unit.Assessment.ResponseFor(row.Leaf.Id);
            var old = Snapshot(response);
            response.RecordDataResult(inputs, points.Value, import.SourceTag);
            if (old.FinalScore != response.FinalScore || old.Inputs != response.Inputs)
            {
                changed++;
                db.Audit(user, clock, "data.recorded", nameof(CriterionResponse), response.Id, old, Snapshot(response));
            }
        }

        var cleared = Cleared(rows, results.Select(r => r.Row).ToHashSet(), imports.Select(i => i.SourceTag).ToHashSet());
        foreach (var response in cleared)
        {
            var old = Snapshot(response);
            response.ClearDataResult();
            db.Audit(user, clock, "data.cleared", nameof(CriterionResponse), response.Id, old, Snapshot(response));
        }

        var withoutResult = rows.Count - results.Count;
        db.Audit(user, clock, Action, nameof(Survey), survey.Id, newValues: new
        {
            ImportId = import.Id,
            Recorded = results.Count,
            Changed = changed,
            Cleared = cleared.Count,
            WithoutResult = withoutResult,
            Replaced = imports.Where(i => i.ReplacedByImportId == import.Id).Select(i => i.FileName).ToList(),
        });
        await db.SaveChangesAsync(ct);
        return new SurveyApplied(import.Id, results.Count, changed, cleared.Count, withoutResult);
    }

    /// <summary>The inputs the criterion's survey rule reads: the rate to 4 decimals (a millionth of the maximum at most) and the answers.</summary>
    private static string Inputs(SurveyResultRow row) =>
        new JsonObject { ["rate"] = Math.Round(row.Rate!.Value, 4, MidpointRounding.AwayFromZero), ["respondents"] = row.Answers }.ToJsonString();

    /// <summary>Survey results an earlier import wrote for criteria this survey rates but gave no result to.</summary>
    private static List<CriterionResponse> Cleared(IReadOnlyList<SurveyResultRow> rows, HashSet<SurveyResultRow> written, HashSet<string> importTags) =>
    [
        .. rows.Where(r => !written.Contains(r) && r.Leaf.Method == AssessmentMethod.Survey)
            .Select(r => r.Unit.Assessment.Responses.FirstOrDefault(x => x.NodeId == r.Leaf.Id))
            .OfType<CriterionResponse>()
            .Where(x => x.DataSource is { } source && importTags.Contains(source)),
    ];

    private static string Fingerprint(IEnumerable<(SurveyResultRow Row, string Inputs)> results)
    {
        var text = string.Join('\n', results.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Row.Unit.Code}|{r.Row.Leaf.Code}|{r.Inputs}")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private static DataSnapshot Snapshot(CriterionResponse response) => new(response.FinalScore, response.Inputs, response.DataSource);

    private sealed record DataSnapshot(decimal? FinalScore, string Inputs, string? DataSource);
}
