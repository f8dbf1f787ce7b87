using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys.Sipas;

/// <summary>
/// One citizen's answers through a public SIPAS link, all at once (the form is a few questions about one unit).
/// <see cref="BrowserToken"/> is a random value the browser keeps (the page makes it; an API client sends its own): one
/// answer per token per link. Nothing personal is asked or kept.
/// </summary>
public sealed record SubmitSipasAnswers(string Code, string BrowserToken, IReadOnlyList<SipasAnswer> Answers);

public sealed record SipasAnswer(Guid QuestionId, string OptionKey);

/// <summary>
/// In one save: the anonymous ballot, the link's count toward its quota, the browser's receipt and an audit entry that
/// names the survey only. Two answers racing for the last place of a quota meet the link's concurrency stamp: the loser
/// reads the link again and is refused if the quota is now reached, so the quota is never exceeded.
/// </summary>
public sealed class SubmitSipasAnswersHandler(IParIndexDbFactory dbFactory, IValidator<SubmitSipasAnswers> validator, TimeProvider clock)
{
    private const string Action = "survey.sipasBallotCast";
    private const int Attempts = 8;

    public async Task HandleAsync(SubmitSipasAnswers request, CancellationToken ct)
    {
        await validator.ValidateAndThrowAsync(request, ct);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await TryAsync(request, ct);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // Another answer to the same link was saved meanwhile: read its count again.
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
            catch (DbUpdateException)
            {
                // The unique receipt: the same browser answered in a race with itself. Any other failure is not a refusal.
                if (await ReceiptExistsAsync(request, ct))
                {
                    throw SurveyMessages.Refusal("sipas.alreadyAnswered");
                }

                throw;
            }
        }
    }

    private async Task<bool> ReceiptExistsAsync(SubmitSipasAnswers request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var (link, _) = await SipasLoading.LinkAsync(db, request.Code, tracked: false, ct);
        var tokenHash = SipasLoading.TokenHash(link.Id, request.BrowserToken);
        return await db.SipasReceipts.AnyAsync(r => r.LinkId == link.Id && r.TokenHash == tokenHash, ct);
    }

    private async Task TryAsync(SubmitSipasAnswers request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var (link, survey) = await SipasLoading.LinkAsync(db, request.Code, tracked: true, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (link.RefusalAt(survey, now) is { } refusal)
        {
            throw SurveyMessages.Refusal(refusal);
        }

        var tokenHash = SipasLoading.TokenHash(link.Id, request.BrowserToken);
        if (await db.SipasReceipts.AnyAsync(r => r.LinkId == link.Id && r.TokenHash == tokenHash, ct))
        {
            throw SurveyMessages.Refusal("sipas.alreadyAnswered");
        }

        var questions = (await SipasLoading.QuestionsAsync(db, survey, link.UnitId, ct)).Select(q => q.Id).ToList();
        var answers = request.Answers.Select(a => new SurveyAnswer(link.UnitId, a.QuestionId, a.OptionKey)).ToList();
        var missing = questions.Count(q => !answers.Any(a => a.QuestionId == q && !string.IsNullOrWhiteSpace(a.OptionKey)));
        if (missing > 0)
        {
            throw SurveyMessages.Refusal("invitation.incomplete", missing);
        }

        var ballot = SurveyLoading.Domain(() => link.Accept(survey, questions, answers, now));
        db.SurveyBallots.Add(ballot);
        db.SipasReceipts.Add(new SipasReceipt(link.Id, tokenHash));
        db.Audit(Respondent.Instance, clock, Action, nameof(Survey), survey.Id);
        await db.SaveChangesAsync(ct);
    }
}

public sealed class SubmitSipasAnswersValidator : AbstractValidator<SubmitSipasAnswers>
{
    public SubmitSipasAnswersValidator()
    {
        RuleFor(s => s.Code).NotEmpty().WithMessage(_ => SurveyDesignMessages.LinkWrong);
        RuleFor(s => s.BrowserToken).NotEmpty().WithMessage(_ => SurveyDesignMessages.BrowserTokenMissing)
            .Length(16, 100).WithMessage(_ => SurveyDesignMessages.BrowserTokenInvalid);
        RuleFor(s => s.Answers).NotNull().WithMessage(_ => SurveyDesignMessages.NoAnswers)
            .Must(a => a is null || a.Count <= 200).WithMessage(_ => SurveyDesignMessages.TooManyAnswers);
    }
}
