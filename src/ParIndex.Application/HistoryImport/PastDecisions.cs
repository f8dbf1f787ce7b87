using FluentValidation.Results;
using ParIndex.Domain.Publications;
using PublicationRecord = ParIndex.Domain.Publications.Publication;

namespace ParIndex.Application.HistoryImport;

/// <summary>The decision a year was published by, as entered on the page; a field left empty is taken from the file.</summary>
public sealed record PastYearDecision(int Year, string? Number, DateOnly? Date, string? Signer);

/// <summary>
/// Each year's publication decision: what the administrator entered for it, else what the file says. Like a
/// publication on the portal, it needs a number, a date (in or after the year, not in the future) and a signer; a
/// correction needs a reason and a decision no older than the one it corrects.
/// </summary>
internal static class PastDecisions
{
    public const int MaxNumberLength = 100;
    public const int MaxSignerLength = 200;

    public static (IReadOnlyDictionary<int, PublicationDecision> Decisions, IReadOnlyList<ValidationFailure> Failures) Resolve(
        IReadOnlyList<PastYear> years, IReadOnlyList<PastYearDecision>? entered, string? reason, DateOnly today)
    {
        var failures = new List<ValidationFailure>();
        var given = new Dictionary<int, PastYearDecision>();
        foreach (var decision in entered ?? [])
        {
            if (years.All(y => y.Year != decision.Year))
            {
                failures.Add(new ValidationFailure(nameof(ImportPastResults.Decisions), PastResultMessages.YearNotInFile(decision.Year)));
            }
            else if (!given.TryAdd(decision.Year, decision))
            {
                failures.Add(new ValidationFailure(nameof(ImportPastResults.Decisions), PastResultMessages.DecisionTwice(decision.Year)));
            }
        }

        var decisions = new Dictionary<int, PublicationDecision>();
        foreach (var year in years)
        {
            var typed = given.GetValueOrDefault(year.Year);
            var number = Text(typed?.Number) ?? year.DecisionNumber;
            var date = typed?.Date ?? year.DecisionDate;
            var signer = Text(typed?.Signer) ?? year.Signer;
            var problems = Check(year, number, date, signer, today);
            failures.AddRange(problems.Select(p => new ValidationFailure(nameof(ImportPastResults.Decisions), p)));
            if (problems.Count == 0)
            {
                decisions[year.Year] = new PublicationDecision(number!, date!.Value, signer!);
            }
        }

        var corrected = years.Where(y => y.Correction is not null).Select(y => y.Year).ToList();
        if (corrected.Count > 0 && string.IsNullOrWhiteSpace(reason))
        {
            failures.Add(new ValidationFailure(nameof(ImportPastResults.Reason),
                PastResultMessages.ReasonRequired(corrected)));
        }
        else if (reason is { Length: > PublicationRecord.MaxReasonLength })
        {
            failures.Add(new ValidationFailure(nameof(ImportPastResults.Reason), PastResultMessages.ReasonTooLong(PublicationRecord.MaxReasonLength)));
        }

        return (decisions, failures);
    }

    private static List<string> Check(PastYear year, string? number, DateOnly? date, string? signer, DateOnly today)
    {
        var problems = new List<string>();
        if (number is null)
        {
            problems.Add(PastResultMessages.DecisionNumberRequired(year.Year));
        }
        else if (number.Length > MaxNumberLength)
        {
            problems.Add(PastResultMessages.YearDecisionNumberTooLong(year.Year, MaxNumberLength));
        }

        if (date is not { } day)
        {
            problems.Add(PastResultMessages.DecisionDateRequired(year.Year));
        }
        else if (day.Year < year.Year || day > today)
        {
            problems.Add(PastResultMessages.DecisionDateOutside(year.Year, day));
        }
        else if (year.Correction is { } correction && day < correction.DecisionDate)
        {
            problems.Add(PastResultMessages.CorrectionBeforeCurrent(year.Year, correction.DecisionNumber, correction.DecisionDate));
        }

        if (signer is null)
        {
            problems.Add(PastResultMessages.SignerRequired(year.Year));
        }
        else if (signer.Length > MaxSignerLength)
        {
            problems.Add(PastResultMessages.YearSignerTooLong(year.Year, MaxSignerLength));
        }

        return problems;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
