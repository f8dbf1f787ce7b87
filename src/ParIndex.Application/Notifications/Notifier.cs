using Microsoft.EntityFrameworkCore;
using ParIndex.Application.Common;
using ParIndex.Domain.Notices;

namespace ParIndex.Application.Notifications;

/// <summary>
/// Tells people about a step of the cycle: one in-app notice per person and, for those with an address, one e-mail
/// in the outbox, both added to the caller's session so they commit with the change itself. Keys are
/// "event:person", unique in the database: calling twice for one event tells nobody twice.
/// </summary>
public sealed class Notifier(INoticeRecipients recipients, NotificationOptions options)
{
    public const string SubjectPrefix = "[Chỉ số CCHC] ";

    public INoticeRecipients Recipients => recipients;

    /// <summary>Adds the notices and e-mails; returns how many people were newly told.</summary>
    public async Task<int> TellAsync(IParIndexDb db, string eventKey, IEnumerable<NoticeRecipient> people, NoticeText text, DateTime nowUtc,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(text);
        var distinct = people.DistinctBy(p => p.UserId).ToList();
        var keys = distinct.Select(p => KeyFor(eventKey, p.UserId)).ToList();
        var known = (await db.UserNotices.AsNoTracking().Where(n => keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct))
            .Concat(db.UserNotices.Local.Select(n => n.Key)).ToHashSet(StringComparer.Ordinal);
        var told = 0;
        foreach (var person in distinct)
        {
            var key = KeyFor(eventKey, person.UserId);
            if (!known.Add(key))
            {
                continue;
            }

            db.UserNotices.Add(new UserNotice(person.UserId, key, text.Title, Trim(text.Body, Notice.MaxTextLength), text.Link, nowUtc));
            if (!string.IsNullOrWhiteSpace(person.Email))
            {
                var body = $"{text.Body}\n\nMở trên Cổng Chỉ số CCHC: {options.LinkTo(text.Link)}";
                db.OutboxEmails.Add(new OutboxEmail(key, person.Email, SubjectPrefix + text.Title, Trim(body, OutboxEmail.MaxBodyLength), nowUtc));
            }

            told++;
        }

        return told;
    }

    /// <summary>
    /// The inspectors of a unit in a period: those assigned the whole unit and the lead agencies assigned a domain
    /// of its framework; when nobody is assigned yet, every inspector (Home Affairs follows every unit until then).
    /// </summary>
    public async Task<IReadOnlyList<NoticeRecipient>> InspectorsOfUnitAsync(IParIndexDb db, Guid periodId, Guid unitId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var frameworkId = await db.Assessments.AsNoTracking().IgnoreQueryFilters([QueryFilters.CountingAssessments])
            .Where(a => a.PeriodId == periodId && a.UnitId == unitId).Select(a => (Guid?)a.FrameworkId).FirstOrDefaultAsync(ct);
        var domains = db.FrameworkNodes.Where(n => n.FrameworkId == frameworkId).Select(n => (Guid?)n.Id);
        var assigned = await db.AppraisalAssignments.AsNoTracking()
            .Where(a => a.PeriodId == periodId && (a.UnitId == unitId || domains.Contains(a.DomainNodeId)))
            .Select(a => a.InspectorUserId).Distinct().ToListAsync(ct);
        return assigned.Count > 0
            ? await recipients.ByIdsAsync(assigned, ct)
            : await recipients.InRolesAsync([Roles.Inspector], ct);
    }

    private static string KeyFor(string eventKey, Guid userId) => $"{eventKey}:{userId:N}";

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
