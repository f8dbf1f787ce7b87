namespace ParIndex.Domain.Improvement;

/// <summary>
/// Where an improvement task stands. <see cref="Overdue"/> is never stored: a task not done whose due date has passed
/// reads as overdue (<see cref="ImprovementTask.StatusOn(DateOnly)"/>).
/// </summary>
public enum ImprovementStatus
{
    /// <summary>Chưa bắt đầu.</summary>
    NotStarted = 1,

    /// <summary>Đang thực hiện.</summary>
    InProgress = 2,

    /// <summary>Hoàn thành.</summary>
    Done = 3,

    /// <summary>Quá hạn: computed from the due date.</summary>
    Overdue = 4,
}
