using System.Security.Cryptography;
using ParIndex.Domain.Common;

namespace ParIndex.Domain.Surveys;

/// <summary>
/// A one-time code handed to one respondent of a group. It keeps the answers in progress (so the respondent can save
/// and come back) until submission; submitting moves them into a <see cref="SurveyBallot"/> that carries no trace of
/// the invitation, clears them here and leaves only "submitted" (no time: a time could be matched to the ballot).
/// </summary>
public sealed class SurveyInvitation : VersionedEntity
{
    public const int CodeLength = 10;
    public const int MaxLabelLength = 200;

    // No 0/O, 1/I/L: codes are typed from paper. 31 symbols, 10 of them: about 49 bits, beyond guessing under the rate limit.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private SurveyInvitation()
    {
        Code = string.Empty;
        Draft = [];
    }

    public SurveyInvitation(Survey survey, Guid groupId, string code, string? label, DateTime issuedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (survey.State == SurveyState.Closed)
        {
            throw new DomainException("survey.closed", "A closed survey takes no new invitations.");
        }

        SurveyId = survey.Id;
        GroupId = survey.Group(groupId).Id;
        Code = Normalize(code) is { Length: CodeLength } normalized ? normalized : throw new DomainException("invitation.code", "Malformed code.");
        Label = Guard.OptionalText(label, MaxLabelLength, "invitation.label");
        State = InvitationState.Issued;
        Draft = [];
        IssuedAtUtc = issuedAtUtc;
    }

    public Guid SurveyId { get; private set; }

    public Guid GroupId { get; private set; }

    /// <summary>The code printed on the respondent's slip, upper case without separators.</summary>
    public string Code { get; private set; }

    /// <summary>Who the slip was handed to, as Home Affairs notes it (optional); never shown beside answers.</summary>
    public string? Label { get; private set; }

    public InvitationState State { get; private set; }

    /// <summary>Answers saved but not submitted yet; empty once submitted.</summary>
    public IReadOnlyList<SurveyAnswer> Draft { get; private set; }

    public DateTime IssuedAtUtc { get; private set; }

    /// <summary>A fresh random code (cryptographic randomness).</summary>
    public static string NewCode()
    {
        Span<char> chars = stackalloc char[CodeLength];
        for (var i = 0; i < CodeLength; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>What a person typed, as stored: upper case, spaces and dashes dropped; null when it cannot be a code.</summary>
    public static string? Normalize(string? typed)
    {
        var plain = new string((typed ?? string.Empty).Where(c => c is not (' ' or '-')).ToArray()).ToUpperInvariant();
        return plain.Length == CodeLength && plain.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? plain : null;
    }

    /// <summary>The code as printed, in two groups of five: "ABCDE-FGHJK".</summary>
    public static string Printed(string code) => code.Length == CodeLength ? $"{code[..5]}-{code[5..]}" : code;

    /// <summary>Why this invitation cannot be used now, or null.</summary>
    public string? RefusalAt(Survey survey, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return State switch
        {
            InvitationState.Submitted => "invitation.submitted",
            InvitationState.Revoked => "invitation.revoked",
            _ => survey.RefusalAt(nowUtc),
        };
    }

    /// <summary>
    /// Saves answers in progress: each given cell replaces the saved one, an empty option clears it. Every cell must be
    /// one of the respondent's form and every option one of the survey's.
    /// </summary>
    public void SaveDraft(Survey survey, IReadOnlySet<SurveyCell> form, IEnumerable<SurveyAnswer> answers, DateTime nowUtc)
    {
        RequireUsable(survey, nowUtc);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(answers);
        var cells = Draft.ToDictionary(a => new SurveyCell(a.UnitId, a.QuestionId));
        foreach (var answer in answers)
        {
            var cell = new SurveyCell(answer.UnitId, answer.QuestionId);
            if (!form.Contains(cell))
            {
                throw new DomainException("invitation.cell", "This question about this unit is not on the form.");
            }

            if (string.IsNullOrWhiteSpace(answer.OptionKey))
            {
                cells.Remove(cell);
                continue;
            }

            var option = survey.Option(answer.OptionKey) ?? throw new DomainException("invitation.option", "No such answer option.");
            cells[cell] = answer with { OptionKey = option.Key };
        }

        Draft = [.. cells.Values];
    }

    /// <summary>
    /// Submits the saved answers once: every cell of the form answered, or nothing happens. Returns the anonymous
    /// ballot to store; the invitation keeps only that it was used.
    /// </summary>
    public SurveyBallot Submit(Survey survey, IReadOnlySet<SurveyCell> form, DateTime nowUtc)
    {
        RequireUsable(survey, nowUtc);
        ArgumentNullException.ThrowIfNull(form);
        var answered = Draft.Select(a => new SurveyCell(a.UnitId, a.QuestionId)).ToHashSet();
        var missing = form.Count(c => !answered.Contains(c));
        if (missing > 0)
        {
            throw new DomainException("invitation.incomplete", $"{missing} questions are not answered yet.", missing);
        }

        var ballot = new SurveyBallot(SurveyId, GroupId, [.. Draft.Where(a => form.Contains(new SurveyCell(a.UnitId, a.QuestionId)))]);
        Draft = [];
        State = InvitationState.Submitted;
        return ballot;
    }

    public void Revoke()
    {
        if (State != InvitationState.Issued)
        {
            throw new DomainException("invitation.submitted", "A submitted invitation cannot be revoked: its ballot is anonymous.");
        }

        Draft = [];
        State = InvitationState.Revoked;
    }

    private void RequireUsable(Survey survey, DateTime nowUtc)
    {
        if (survey.Id != SurveyId)
        {
            throw new DomainException("invitation.survey", "The invitation belongs to another survey.");
        }

        if (RefusalAt(survey, nowUtc) is { } refusal)
        {
            throw new DomainException(refusal, "This invitation cannot be used now.");
        }
    }
}
