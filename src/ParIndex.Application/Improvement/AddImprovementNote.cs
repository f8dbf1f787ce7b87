using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Improvement;

namespace ParIndex.Application.Improvement;

/// <summary>The unit writes a dated progress note on a task, signed with the writer's name.</summary>
public sealed record AddImprovementNote(Guid TaskId, string Text);

public sealed class AddImprovementNoteHandler(IParIndexDbFactory dbFactory, IValidator<AddImprovementNote> validator, ICurrentUser user,
    TimeProvider clock)
{
    private const string Action = "improvement.noteAdded";

    public async Task HandleAsync(AddImprovementNote request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateAsync(ct);
        var task = await ImprovementTasks.LoadForChangeAsync(db, user, clock, request.TaskId, Action, ct);
        await validator.ValidateAndThrowAsync(request, ct);
        var note = task.AddNote(request.Text, user.FullName ?? user.UserName, clock.GetUtcNow().UtcDateTime);
        db.ImprovementNotes.Add(note);
        db.Audit(user, clock, Action, nameof(ImprovementTask), task.Id, newValues: new { note.Text });
        await db.SaveChangesAsync(ct);
    }
}

public sealed class AddImprovementNoteValidator : AbstractValidator<AddImprovementNote>
{
    public AddImprovementNoteValidator()
    {
        RuleFor(n => n.Text).Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => ImprovementMessages.NoteRequired)
            .Must(t => t is null || t.Trim().Length <= ImprovementNote.MaxTextLength).WithMessage(_ => ImprovementMessages.NoteTooLong);
    }
}
