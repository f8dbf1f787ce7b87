namespace ParIndex.Domain.Surveys;

/// <summary>
/// One choice of every question: a key (A, B, …), its wording and the share of the question's points it gives (0–100 %).
/// An option without a weight ("không đủ thông tin để đánh giá") answers the question without counting in the rate.
/// </summary>
public sealed record AnswerOption(string Key, string Label, decimal? Weight)
{
    public bool Counts => Weight is not null;

    /// <summary>The Yên Bái software's defaults (methodology §2.5): A = 100 %, B = 60 %, C = 20 %, D = 0 %, and a "don't know".</summary>
    public static IReadOnlyList<AnswerOption> Defaults { get; } =
    [
        new("A", "Rất tốt", 100m),
        new("B", "Tốt", 60m),
        new("C", "Trung bình", 20m),
        new("D", "Kém", 0m),
        new("X", "Không đủ thông tin để đánh giá", null),
    ];
}
