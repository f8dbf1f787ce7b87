using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Surveys;

namespace ParIndex.Application.Surveys;

/// <summary>
/// New one-time codes for a group: one per label given (who the slip goes to, e.g. "Tổ đại biểu số 3"), or
/// <see cref="Count"/> unlabelled ones.
/// </summary>
public sealed record IssueInvitations(Guid SurveyId, Guid GroupId, int Count, IReadOnlyList<string>? Labels = null);

public sealed class IssueInvitationsHandler(IParIndexDbFactory dbFactory, IValidator<IssueInvitations> validator, ICurrentUser user, TimeProvider clock)
{
    public const int MaxPerRequest = 2000;
    private const string Action = "survey.invitationsIssued";

    public async Task<IReadOnlyList<string>> HandleAsync(IssueInvitations request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await SurveyAccess.RequireManagerAsync(db, user, clock, Action, request.SurveyId, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        var survey = await SurveyLoading.SurveyAsync(db, request.SurveyId, tracked: false, ct);
        var labels = request.Labels is { Count: > 0 } given
            ? given.Select(l => l?.Trim()).Where(l => !string.IsNullOrEmpty(l)).ToList()
            : Enumerable.Repeat<string?>(null, request.Count).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var codes = new HashSet<string>(StringComparer.Ordinal);
        while (codes.Count < labels.Count)
        {
            codes.Add(SurveyInvitation.NewCode());
        }

        // 49 bits per code: a clash with an earlier code is next to impossible, but the unique index would refuse it.
        var clashing = await db.SurveyInvitations.Where(i => codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);
        codes.ExceptWith(clashing);
        var invitations = codes.Zip(labels, (code, label) => SurveyLoading.Domain(() => new SurveyInvitation(survey, request.GroupId, code, label, now))).ToList();
        db.SurveyInvitations.AddRange(invitations);
        db.Audit(user, clock, Action, nameof(Survey), survey.Id, newValues: new { request.GroupId, Issued = invitations.Count });
        await db.SaveChangesAsync(ct);
        return [.. invitations.Select(i => SurveyInvitation.Printed(i.Code))];
    }
}

public sealed class IssueInvitationsValidator : AbstractValidator<IssueInvitations>
{
    public IssueInvitationsValidator()
    {
        RuleFor(i => i.GroupId).NotEmpty().WithMessage(_ => SurveyDesignMessages.GroupRequired);
        RuleFor(i => i.Count).InclusiveBetween(1, IssueInvitationsHandler.MaxPerRequest)
            .When(i => i.Labels is not { Count: > 0 })
            .WithMessage(_ => SurveyDesignMessages.CodesPerRequest(IssueInvitationsHandler.MaxPerRequest));
        RuleFor(i => i.Labels!.Count).LessThanOrEqualTo(IssueInvitationsHandler.MaxPerRequest).When(i => i.Labels is not null)
            .WithMessage(_ => SurveyDesignMessages.PeoplePerRequest(IssueInvitationsHandler.MaxPerRequest)).OverridePropertyName("Labels");
        RuleForEach(i => i.Labels).MaximumLength(SurveyInvitation.MaxLabelLength)
            .WithMessage(_ => SurveyDesignMessages.LabelTooLong);
    }
}
