namespace ParIndex.Domain.Surveys;

/// <summary>
/// People answering as one kind (People's Council deputies, department leaders…) and the blocks whose units they rate.
/// </summary>
public sealed record RespondentGroup(Guid Id, string Name, IReadOnlyList<Guid> RatedBlockIds);
