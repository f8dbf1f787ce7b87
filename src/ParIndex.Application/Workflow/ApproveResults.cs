using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Application.Dashboards;
using ParIndex.Application.Results;
using ParIndex.Domain.Common;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Workflow;

/// <summary>
/// The appraisal council approves the province's results: the meeting, the decision and the vote are recorded, and
/// every unit's index, class and rank are decided from the appraised points in the same save. After this nothing
/// changes unless the period is reopened with a reason.
/// </summary>
/// <remarks><c>Present</c>: the members who took part (present or in writing); without it, every member.</remarks>
public sealed record ApproveResults(
    Guid PeriodId, DateOnly MeetingDate, string DecisionNumber, DateOnly DecisionDate, int Members, int InFavour, string? Notes, Guid ConcurrencyStamp,
    int? Present = null);

public sealed record ApprovedResults(int Units, IReadOnlyList<UnitOutcome> Outcomes);

public sealed class ApproveResultsHandler(IParIndexDbFactory dbFactory, IValidator<ApproveResults> validator, ICurrentUser user, TimeProvider clock,
    Notifications.Notifier notifier)
{
    private const string Action = "period.approved";

    public async Task<ApprovedResults> HandleAsync(ApproveResults request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        await user.RequireAnyRoleAsync(db, clock, Action, nameof(EvaluationPeriod), request.PeriodId, ct, WorkflowAccess.Approvers);
        await validator.ValidateAndThrowAsync(request, ct);
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(nameof(EvaluationPeriod), request.PeriodId);
        ConcurrencyCheck.EnsureUnchanged(request.ConcurrencyStamp, period.ConcurrencyStamp);
        if (period.State != PeriodState.CouncilReview)
        {
            db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, new { period.State }, new { refused = WorkflowMessages.NotInCouncilReview }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new WorkflowRefusedException(WorkflowMessages.NotInCouncilReview);
        }

        if ((await CompletenessCheck.ReadAsync(db, period.Id, ct)).Refusal is { } incomplete)
        {
            db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, new { period.State }, new { refused = incomplete }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new WorkflowRefusedException(incomplete);
        }

        CouncilApproval approval;
        try
        {
            approval = new CouncilApproval(request.MeetingDate, request.DecisionNumber, request.DecisionDate, request.Members, request.InFavour,
                user.UserId!.Value, request.Notes, request.Present, period.CouncilQuorumPercent, period.CouncilMajorityPercent);
        }
        catch (DomainException ex) when (ex.Code is "council.quorum" or "council.majority")
        {
            // The refusal names the numbers: how many took part or agreed, and how many the period's rule needs.
            var (field, message) = ex.Code == "council.quorum"
                ? (nameof(request.Present), ApproveResultsValidator.QuorumNotMet(request.Present ?? request.Members, request.Members, period.CouncilQuorumPercent))
                : (nameof(request.InFavour), ApproveResultsValidator.MajorityNotMet(request.InFavour, request.Members, period.CouncilMajorityPercent));
            db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, new { period.State }, new { refused = message }, succeeded: false);
            await db.SaveChangesAsync(ct);
            throw new ValidationException([new ValidationFailure(field, message)]);
        }
        catch (DomainException ex)
        {
            throw new ValidationException([new ValidationFailure(nameof(request.InFavour), ex.Message)]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var recorded = await PeriodResults.RecordAsync(db, period, ct);
        // Each block's dashboard digest is stored with the results, from the same scorecards.
        await BlockDigestStore.ReplaceAsync(db, period.Id, recorded.GroupBy(d => d.Outcome.BlockId)
            .Select(g => (g.Key, BlockDigestCache.Digest(g.Select(d => (d.Outcome.UnitId, d.Score))))), now, ct);
        var outcomes = recorded.Select(d => d.Outcome).ToList();
        period.Approve(approval, now);
        db.Audit(user, clock, Action, nameof(EvaluationPeriod), period.Id, new { State = PeriodState.CouncilReview },
            new { period.State, approval.MeetingDate, approval.DecisionNumber, approval.DecisionDate, approval.Members, approval.InFavour, approval.Present, approval.QuorumPercent, approval.MajorityPercent, Units = outcomes.Count });
        await Notifications.CycleNotices.ApprovedAsync(db, notifier, period, approval, now, ct);
        await db.SaveChangesAsync(ct);
        return new ApprovedResults(outcomes.Count, outcomes);
    }
}

public sealed class ApproveResultsValidator : AbstractValidator<ApproveResults>
{
    public const string Majority = "Nghị quyết của Hội đồng cần quá nửa số thành viên tán thành.";

    public static string QuorumNotMet(int present, int members, int percent) =>
        $"Chưa đủ túc số: {present}/{members} thành viên tham gia, cần {Share(percent)} số thành viên (ít nhất {CouncilApproval.Needed(members, percent)}).";

    public static string MajorityNotMet(int inFavour, int members, int percent) =>
        $"Chưa đạt đa số: {inFavour}/{members} thành viên tán thành, cần {Share(percent)} số thành viên (ít nhất {CouncilApproval.Needed(members, percent)}).";

    private static string Share(int percent) => percent == CouncilApproval.DefaultPercent ? "quá nửa" : $"hơn {percent}%";

    public ApproveResultsValidator(TimeProvider clock)
    {
        RuleFor(a => a.DecisionNumber).NotEmpty().WithMessage("Cần số quyết định (hoặc số biên bản) phê duyệt.")
            .MaximumLength(100).WithMessage("Số quyết định tối đa 100 ký tự.");
        RuleFor(a => a.Members).InclusiveBetween(1, 100).WithMessage("Số thành viên Hội đồng từ 1 đến 100.");
        RuleFor(a => a.InFavour).GreaterThanOrEqualTo(0).WithMessage("Số phiếu tán thành không được âm.")
            .LessThanOrEqualTo(a => a.Members).WithMessage("Số phiếu tán thành không vượt quá số thành viên.");
        RuleFor(a => a.Present).InclusiveBetween(1, 100).WithMessage("Số thành viên tham gia từ 1 đến số thành viên Hội đồng.")
            .LessThanOrEqualTo(a => a.Members).WithMessage("Số thành viên tham gia không vượt quá số thành viên Hội đồng.");
        RuleFor(a => a.DecisionDate).GreaterThanOrEqualTo(a => a.MeetingDate).WithMessage("Ngày quyết định không trước ngày họp.");
        RuleFor(a => a.MeetingDate).Must(d => d <= VietnamTime.DateOf(clock.GetUtcNow().UtcDateTime))
            .WithMessage("Ngày họp không thể ở tương lai.");
        RuleFor(a => a.Notes).MaximumLength(2000).WithMessage("Ghi chú tối đa 2000 ký tự.");
    }
}
