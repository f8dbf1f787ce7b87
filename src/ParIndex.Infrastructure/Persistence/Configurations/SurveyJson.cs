using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParIndex.Domain.Surveys;

namespace ParIndex.Infrastructure.Persistence.Configurations;

/// <summary>
/// A survey's design and a ballot's answers are stored as JSON text: they are read and written whole, never queried
/// by their parts. Answers are compact arrays (<c>[["unit","question","A"],…]</c>): a ballot holds one per unit and question.
/// </summary>
internal static class SurveyJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<IReadOnlyList<T>> AsJson<T>(this PropertyBuilder<IReadOnlyList<T>> property) =>
        property.HasConversion(
                v => JsonSerializer.Serialize(v, Options),
                text => JsonSerializer.Deserialize<List<T>>(text, Options) ?? new List<T>(),
                Comparer<T>())
            .IsRequired();

    public static PropertyBuilder<IReadOnlyList<SurveyAnswer>> AsCompactJson(this PropertyBuilder<IReadOnlyList<SurveyAnswer>> property) =>
        property.HasConversion(
                v => JsonSerializer.Serialize(v.Select(a => new[] { a.UnitId.ToString(), a.QuestionId.ToString(), a.OptionKey }).ToList(), Options),
                text => ReadAnswers(text),
                Comparer<SurveyAnswer>())
            .IsRequired();

    private static List<SurveyAnswer> ReadAnswers(string text) =>
        (JsonSerializer.Deserialize<List<string[]>>(text, Options) ?? [])
        .Select(a => new SurveyAnswer(Guid.Parse(a[0]), Guid.Parse(a[1]), a[2])).ToList();

    // The lists are replaced whole by the domain; comparing the JSON also catches a change made in place.
    private static ValueComparer<IReadOnlyList<T>> Comparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, Options) == JsonSerializer.Serialize(b, Options),
        v => JsonSerializer.Serialize(v, Options).GetHashCode(StringComparison.Ordinal),
        v => v.ToList());
}
