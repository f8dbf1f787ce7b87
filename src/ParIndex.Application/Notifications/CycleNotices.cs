using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Assessments;
using ParIndex.Domain.Periods;

namespace ParIndex.Application.Notifications;

/// <summary>
/// What each step of the period tells, and to whom (issue 18): the use case that takes the step calls one of these
/// before its save, so the notices and e-mails commit with the step. A repeated step (sent back to the council,
/// published as a correction) is a new event with its own key.
/// </summary>
internal static class CycleNotices
{
    public static async Task SentToCouncilAsync(IParIndexDb db, Notifier notifier, EvaluationPeriod period, DateTime nowUtc, CancellationToken ct) =>
        await notifier.TellAsync(db, $"council:{period.Id:N}:{nowUtc.Ticks}", await notifier.Recipients.InRolesAsync([Roles.CouncilMember], ct),
            new NoticeText("Kỳ đánh giá chờ Hội đồng phê duyệt",
                $"Kết quả thẩm định {period.Name} đã được chuyển Hội đồng thẩm định xem xét, phê duyệt.", $"/periods/{period.Id}/workflow"),
            nowUtc, ct);

    public static async Task ApprovedAsync(IParIndexDb db, Notifier notifier, EvaluationPeriod period, CouncilApproval approval, DateTime nowUtc,
        CancellationToken ct) =>
        await notifier.TellAsync(db, $"approved:{period.Id:N}:{nowUtc.Ticks}",
            await notifier.Recipients.InRolesAsync([Roles.Administrator, Roles.Inspector, Roles.Leader], ct),
            new NoticeText("Hội đồng đã phê duyệt kết quả",
                $"Hội đồng thẩm định đã phê duyệt kết quả {period.Name} ({approval.DecisionNumber}, {approval.InFavour}/{approval.Members} thành viên tán thành). Có thể công bố.",
                $"/periods/{period.Id}/workflow"),
            nowUtc, ct);

    public static async Task PublishedAsync(IParIndexDb db, Notifier notifier, EvaluationPeriod period, DateTime nowUtc, CancellationToken ct)
    {
        var people = (await PeopleOfEveryUnitAsync(db, notifier, period.Id, ct))
            .Concat(await notifier.Recipients.InRolesAsync([Roles.Administrator, Roles.Inspector, Roles.CouncilMember, Roles.Leader], ct));
        await notifier.TellAsync(db, $"published:{period.Id:N}:{nowUtc.Ticks}", people,
            new NoticeText("Công bố Chỉ số CCHC", $"Kết quả {period.Name} đã được công bố.", $"/public/{period.Year}"), nowUtc, ct);
    }

    public static async Task Round1ReleasedAsync(IParIndexDb db, Notifier notifier, EvaluationPeriod period, DateTime nowUtc, CancellationToken ct) =>
        await notifier.TellAsync(db, $"round1:{period.Id:N}", await PeopleOfEveryUnitAsync(db, notifier, period.Id, ct),
            new NoticeText("Kết quả thẩm định lần 1",
                $"Sở Nội vụ đã công khai kết quả thẩm định lần 1 của {period.Name}; đơn vị xem điểm và câu hỏi giải trình (nếu có).",
                $"/explanation/{period.Id}"),
            nowUtc, ct);

    /// <summary>
    /// The explanation round opens: each person of a unit with questions is told how many and until when. The key names
    /// the deadline, so a round reopened with a new deadline tells them again and a repeated call does not.
    /// </summary>
    public static async Task ExplanationRequestedAsync(IParIndexDb db, Notifier notifier, EvaluationPeriod period, Assessment assessment, DateTime nowUtc,
        CancellationToken ct)
    {
        var count = assessment.Responses.Count(r => r.ExplanationQuestion is not null);
        await notifier.TellAsync(db, $"explanation:{period.Id:N}:{assessment.UnitId:N}:{period.ExplanationDeadlineUtc?.Ticks}",
            await notifier.Recipients.PeopleOfUnitsAsync([assessment.UnitId], ct),
            new NoticeText("Yêu cầu giải trình",
                $"Tổ thẩm định đề nghị đơn vị giải trình {count} tiêu chí của {period.Name}. Hạn gửi giải trình: {VietnamTime.Format(period.ExplanationDeadlineUtc)}.",
                $"/explanation/{period.Id}"),
            nowUtc, ct);
    }

    /// <summary>One notice per unit and day, however many questions it answers that day.</summary>
    public static async Task ExplanationAnsweredAsync(IParIndexDb db, Notifier notifier, EvaluationPeriod period, Assessment assessment, DateTime nowUtc,
        CancellationToken ct)
    {
        var unitName = await db.Units.AsNoTracking().Where(u => u.Id == assessment.UnitId).Select(u => u.Name).SingleAsync(ct);
        await notifier.TellAsync(db, $"answered:{assessment.Id:N}:{VietnamTime.DateOf(nowUtc):yyyyMMdd}",
            await notifier.InspectorsOfUnitAsync(db, period.Id, assessment.UnitId, ct),
            new NoticeText("Đơn vị đã trả lời giải trình", $"{unitName} đã trả lời câu hỏi giải trình của {period.Name}.",
                $"/appraisal/{period.Id}/units/{assessment.UnitId}"),
            nowUtc, ct);
    }

    private static async Task<IReadOnlyList<NoticeRecipient>> PeopleOfEveryUnitAsync(IParIndexDb db, Notifier notifier, Guid periodId, CancellationToken ct)
    {
        var units = await db.Assessments.AsNoTracking().Where(a => a.PeriodId == periodId).Select(a => a.UnitId).Distinct().ToListAsync(ct);
        return await notifier.Recipients.PeopleOfUnitsAsync(units, ct);
    }
}
