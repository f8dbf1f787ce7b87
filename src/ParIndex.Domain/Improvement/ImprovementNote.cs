using ParIndex.Domain.Common;

namespace ParIndex.Domain.Improvement;

/// <summary>A dated progress note on an improvement task (what was done, what is blocking). Notes are never edited.</summary>
public sealed class ImprovementNote : Entity
{
    public const int MaxTextLength = 2000;

    private ImprovementNote()
    {
        Text = string.Empty;
    }

    internal ImprovementNote(Guid taskId, string text, string? authorName, DateTime writtenAtUtc)
    {
        TaskId = taskId;
        Text = Guard.Text(text, MaxTextLength, "improvement.note");
        AuthorName = Guard.OptionalText(authorName, ImprovementTask.MaxOwnerLength, "improvement.noteAuthor");
        WrittenAtUtc = writtenAtUtc;
    }

    public Guid TaskId { get; private set; }

    public string Text { get; private set; }

    public string? AuthorName { get; private set; }

    public DateTime WrittenAtUtc { get; private set; }
}
