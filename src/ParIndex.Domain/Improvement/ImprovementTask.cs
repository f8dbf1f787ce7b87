using System.Diagnostics.CodeAnalysis;
using ParIndex.Domain.Common;

namespace ParIndex.Domain.Improvement;

/// <summary>
/// One task of a unit's improvement plan (lộ trình khắc phục) for the points it lost in a decided period: what to do,
/// who does it and by when. A task may name the criterion whose points it recovers, with the points lost then.
/// Dates are calendar days in Vietnam; "today" comes from the caller's clock.
/// </summary>
public sealed class ImprovementTask : VersionedEntity
{
    public const int MaxTitleLength = 300;
    public const int MaxActionLength = 2000;
    public const int MaxOwnerLength = 200;

    private readonly List<ImprovementNote> _notes = [];

    private ImprovementTask()
    {
        Title = string.Empty;
        Owner = string.Empty;
    }

    public ImprovementTask(Guid periodId, Guid unitId, LostPoints? criterion, string title, string? action, string owner, DateOnly dueDate,
        DateOnly today, Guid? createdByUserId, DateTime createdAtUtc)
    {
        PeriodId = periodId;
        UnitId = unitId;
        if (criterion is not null)
        {
            CriterionId = criterion.NodeId;
            CriterionCode = Guard.Text(criterion.Code, Frameworks.FrameworkNode.MaxCodeLength, "improvement.criterion");
            PointsLost = criterion.Points > 0m
                ? criterion.Points
                : throw new DomainException("improvement.criterion", "A task for a criterion recovers points the unit lost.");
        }

        Status = ImprovementStatus.NotStarted;
        CreatedByUserId = createdByUserId;
        CreatedAtUtc = createdAtUtc;
        Describe(title, action, owner);
        DueDate = NotBefore(dueDate, today);
    }

    public Guid PeriodId { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>The leaf criterion whose lost points the task recovers; null for a task with a free title.</summary>
    public Guid? CriterionId { get; private set; }

    public string? CriterionCode { get; private set; }

    /// <summary>The points the unit lost on <see cref="CriterionId"/> when the task was created.</summary>
    public decimal? PointsLost { get; private set; }

    public string Title { get; private set; }

    /// <summary>What to do (nội dung thực hiện).</summary>
    public string? Action { get; private set; }

    /// <summary>Who is responsible: a person's name or a department, as the unit writes it.</summary>
    public string Owner { get; private set; }

    public DateOnly DueDate { get; private set; }

    /// <summary>The stored progress; never <see cref="ImprovementStatus.Overdue"/>.</summary>
    public ImprovementStatus Status { get; private set; }

    /// <summary>The day the task was marked done; cleared when it is reopened.</summary>
    public DateOnly? CompletedOn { get; private set; }

    public Guid? CreatedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public IReadOnlyList<ImprovementNote> Notes => _notes;

    /// <summary>The status people read: a task not done after its due date is overdue.</summary>
    public ImprovementStatus StatusOn(DateOnly today) => StatusOn(Status, DueDate, today);

    /// <summary>The same rule for a row read without its entity (overview counts).</summary>
    public static ImprovementStatus StatusOn(ImprovementStatus stored, DateOnly dueDate, DateOnly today) =>
        stored != ImprovementStatus.Done && today > dueDate ? ImprovementStatus.Overdue : stored;

    /// <summary>Whether the status may move from <paramref name="from"/> to <paramref name="to"/>: forward, or a done task reopened.</summary>
    public static bool MayMove(ImprovementStatus from, ImprovementStatus to) => (from, to) switch
    {
        (ImprovementStatus.NotStarted, ImprovementStatus.InProgress or ImprovementStatus.Done) => true,
        (ImprovementStatus.InProgress, ImprovementStatus.Done) => true,
        (ImprovementStatus.Done, ImprovementStatus.InProgress) => true,
        _ => false,
    };

    /// <summary>Changes what the task says. A new due date may not be in the past; an unchanged one may (an overdue task keeps its date).</summary>
    public void Edit(string title, string? action, string owner, DateOnly dueDate, DateOnly today)
    {
        var due = dueDate == DueDate ? dueDate : NotBefore(dueDate, today);
        Describe(title, action, owner);
        DueDate = due;
    }

    public void MoveTo(ImprovementStatus next, DateOnly today)
    {
        if (next == ImprovementStatus.Overdue)
        {
            throw new DomainException("improvement.statusComputed", "Overdue follows from the due date; it cannot be set.");
        }

        if (!MayMove(Status, next))
        {
            throw new DomainException("improvement.transition", $"A task cannot move from {Status} to {next}.", Status, next);
        }

        Status = next;
        CompletedOn = next == ImprovementStatus.Done ? today : null;
    }

    public ImprovementNote AddNote(string text, string? authorName, DateTime writtenAtUtc)
    {
        var note = new ImprovementNote(Id, text, authorName, writtenAtUtc);
        _notes.Add(note);
        return note;
    }

    [MemberNotNull(nameof(Title), nameof(Owner))]
    private void Describe(string title, string? action, string owner)
    {
        var newTitle = Guard.Text(title, MaxTitleLength, "improvement.title");
        var newAction = Guard.OptionalText(action, MaxActionLength, "improvement.action");
        var newOwner = Guard.Text(owner, MaxOwnerLength, "improvement.owner");
        Title = newTitle;
        Action = newAction;
        Owner = newOwner;
    }

    private static DateOnly NotBefore(DateOnly dueDate, DateOnly today) =>
        dueDate >= today ? dueDate : throw new DomainException("improvement.dueDate", "The due date cannot be in the past.");
}

