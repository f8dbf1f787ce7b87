using ParIndex.Domain.Common;

namespace ParIndex.Domain.Surveys;

/// <summary>
/// The online sociological survey of a period (điều tra xã hội học): the questions, each mapped to a survey criterion
/// of the framework; the answer options with their weights; the respondent groups and the blocks they rate; how
/// groups combine; and the fewest counted answers a unit needs for a result. Designed as a draft, opened between two
/// dates, then closed; the design is fixed once it opens, so every ballot answers the same questions.
/// </summary>
public sealed class Survey : VersionedEntity
{
    public const int MaxTitleLength = 300;
    public const int MaxQuestionLength = 1000;
    public const int MaxGroupNameLength = 200;
    public const int MaxOptionLabelLength = 100;

    private Survey()
    {
        Title = string.Empty;
        Options = [];
        Questions = [];
        Groups = [];
    }

    public Survey(Guid periodId, string title, GroupAveraging averaging, int minimumAnswers, DateTime createdAtUtc)
    {
        PeriodId = periodId;
        Title = Guard.Text(title, MaxTitleLength, "survey.title");
        State = SurveyState.Draft;
        Options = AnswerOption.Defaults;
        Questions = [];
        Groups = [];
        CreatedAtUtc = createdAtUtc;
        Configure(averaging, minimumAnswers);
    }

    public Guid PeriodId { get; private set; }

    public string Title { get; private set; }

    public SurveyState State { get; private set; }

    public GroupAveraging Averaging { get; private set; }

    /// <summary>A unit with fewer counted answers to a question gets no rate for it (too few to stand for the group).</summary>
    public int MinimumAnswers { get; private set; }

    /// <summary>The options of every question, in the order the form shows them. Replaced whole, never edited in place.</summary>
    public IReadOnlyList<AnswerOption> Options { get; private set; }

    public IReadOnlyList<SurveyQuestion> Questions { get; private set; }

    public IReadOnlyList<RespondentGroup> Groups { get; private set; }

    /// <summary>From when invitations are accepted (UTC); set when the survey opens.</summary>
    public DateTime? OpensAtUtc { get; private set; }

    /// <summary>Until when invitations are accepted (UTC); the survey may be closed earlier by hand.</summary>
    public DateTime? ClosesAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public void Configure(GroupAveraging averaging, int minimumAnswers)
    {
        RequireDraft();
        if (!Enum.IsDefined(averaging))
        {
            throw new DomainException("survey.averaging", "Unknown way of combining groups.");
        }

        Averaging = averaging;
        MinimumAnswers = minimumAnswers is >= 1 and <= 1000
            ? minimumAnswers
            : throw new DomainException("survey.minimumAnswers", "The fewest answers per unit is between 1 and 1000.");
    }

    public void SetOptions(IReadOnlyList<AnswerOption> options)
    {
        RequireDraft();
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count is < 2 or > 10 || options.Count(o => o.Counts) < 2)
        {
            throw new DomainException("survey.options", "A question needs at least two weighted options, at most ten in all.");
        }

        if (options.Select(o => o.Key.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != options.Count)
        {
            throw new DomainException("survey.options", "Option keys must differ.");
        }

        if (options.Any(o => o.Weight is < 0m or > 100m))
        {
            throw new DomainException("survey.options", "An option's weight is between 0 and 100 (%).");
        }

        Options = [.. options.Select(o => new AnswerOption(Guard.Text(o.Key, 2, "survey.options").ToUpperInvariant(),
            Guard.Text(o.Label, MaxOptionLabelLength, "survey.options"), o.Weight))];
    }

    public SurveyQuestion AddQuestion(string criterionCode, string text)
    {
        RequireDraft();
        var question = new SurveyQuestion(Guid.CreateVersion7(), Guard.Text(criterionCode, 50, "survey.criterion"),
            Guard.Text(text, MaxQuestionLength, "survey.question"));
        Questions = [.. Questions, question];
        return question;
    }

    public void RemoveQuestion(Guid questionId)
    {
        RequireDraft();
        Questions = [.. Questions.Where(q => q.Id != questionId)];
    }

    public RespondentGroup AddGroup(string name, IReadOnlyCollection<Guid> ratedBlockIds)
    {
        RequireDraft();
        ArgumentNullException.ThrowIfNull(ratedBlockIds);
        if (ratedBlockIds.Count == 0)
        {
            throw new DomainException("survey.groupBlocks", "A group rates the units of at least one block.");
        }

        var group = new RespondentGroup(Guid.CreateVersion7(), Guard.Text(name, MaxGroupNameLength, "survey.groupName"), [.. ratedBlockIds.Distinct()]);
        Groups = [.. Groups, group];
        return group;
    }

    public void RemoveGroup(Guid groupId)
    {
        RequireDraft();
        Groups = [.. Groups.Where(g => g.Id != groupId)];
    }

    public RespondentGroup Group(Guid groupId) =>
        Groups.FirstOrDefault(g => g.Id == groupId) ?? throw new DomainException("survey.group", "No such respondent group in this survey.");

    public AnswerOption? Option(string key) => Options.FirstOrDefault(o => string.Equals(o.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Opens the survey to respondents between two dates; the design is fixed from now on.</summary>
    public void Open(DateTime opensAtUtc, DateTime closesAtUtc, DateTime nowUtc)
    {
        RequireDraft();
        if (Questions.Count == 0 || Groups.Count == 0)
        {
            throw new DomainException("survey.incomplete", "A survey opens with at least one question and one respondent group.");
        }

        if (closesAtUtc <= opensAtUtc || closesAtUtc <= nowUtc)
        {
            throw new DomainException("survey.dates", "The closing date comes after the opening date and after now.");
        }

        OpensAtUtc = opensAtUtc;
        ClosesAtUtc = closesAtUtc;
        State = SurveyState.Open;
    }

    public void Close(DateTime nowUtc)
    {
        if (State != SurveyState.Open)
        {
            throw new DomainException("survey.notOpen", "Only an open survey can be closed.");
        }

        State = SurveyState.Closed;
        ClosedAtUtc = nowUtc;
    }

    /// <summary>Why a respondent cannot answer now, or null: not opened yet, before its opening date, after its closing date, or closed.</summary>
    public string? RefusalAt(DateTime nowUtc) => State switch
    {
        SurveyState.Draft => "survey.notOpen",
        SurveyState.Closed => "survey.closed",
        _ when nowUtc < OpensAtUtc => "survey.notYetOpen",
        _ when nowUtc >= ClosesAtUtc => "survey.closed",
        _ => null,
    };

    private void RequireDraft()
    {
        if (State != SurveyState.Draft)
        {
            throw new DomainException("survey.designFixed", "The survey's design is fixed once it has opened.");
        }
    }
}
