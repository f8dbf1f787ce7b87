using FluentValidation;
using ParIndex.Application.Common;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Application.SelfAssessment;

/// <summary>The figures typed for one leaf, checked against what its rule reads.</summary>
public sealed record AnswerValues(IReadOnlyList<InputField> Fields, IReadOnlyDictionary<string, string?> Values, decimal? PointsCap);

/// <summary>
/// Checks each value a person typed before anything is saved: numbers are numbers, a percentage is within 0..100,
/// the numerator does not exceed the denominator, a level is one of the rule's levels. Missing values are allowed:
/// an answer is saved while it is being filled in.
/// </summary>
public sealed class AnswerValuesValidator : AbstractValidator<AnswerValues>
{
    public AnswerValuesValidator() => RuleFor(a => a).Custom((answer, context) =>
    {
        var known = answer.Fields.SelectMany(AnswerInputs.KeysOf).ToHashSet(StringComparer.Ordinal);
        foreach (var key in answer.Values.Keys.Where(k => !known.Contains(k)))
        {
            context.AddFailure(key, AnswerValueMessages.UnknownField(key));
        }

        foreach (var field in answer.Fields)
        {
            foreach (var (key, message) in Check(field, answer))
            {
                context.AddFailure(key, message);
            }
        }
    });

    private static IEnumerable<(string Key, string Message)> Check(InputField field, AnswerValues answer)
    {
        var value = AnswerInputs.Value(answer.Values, field.Name);
        switch (field.Kind)
        {
            case InputKind.YesNo when value is not null && value is not ("true" or "false"):
                yield return (field.Name, AnswerValueMessages.ChooseYesOrNo(RuleWording.Of(field.Label)));
                break;
            case InputKind.Choice when value is not null && !(field.Options ?? []).Contains(value, StringComparer.Ordinal):
                yield return (field.Name, AnswerValueMessages.ChooseALevel(RuleWording.Of(field.Label)));
                break;
            case InputKind.Number or InputKind.Count or InputKind.Points:
                if (Number(value, field.Name, RuleWording.Of(field.Label), field.Kind == InputKind.Count, field.Kind == InputKind.Points ? answer.PointsCap : field.Max) is { } problem)
                {
                    yield return problem;
                }

                break;
            case InputKind.Rate:
                foreach (var rateProblem in Rate(field, answer.Values))
                {
                    yield return rateProblem;
                }

                break;
        }
    }

    private static IEnumerable<(string, string)> Rate(InputField field, IReadOnlyDictionary<string, string?> values)
    {
        var rate = AnswerInputs.Value(values, field.Name);
        if (Number(rate, field.Name, AnswerValueMessages.RateLabel, false, 100m) is { } rateProblem)
        {
            yield return rateProblem;
        }

        var numeratorText = AnswerInputs.Value(values, AnswerInputs.Numerator);
        var denominatorText = AnswerInputs.Value(values, AnswerInputs.Denominator);
        var numeratorProblem = Number(numeratorText, AnswerInputs.Numerator, AnswerValueMessages.NumeratorLabel, false, null);
        var denominatorProblem = Number(denominatorText, AnswerInputs.Denominator, AnswerValueMessages.DenominatorLabel, false, null);
        if (numeratorProblem is { } n)
        {
            yield return n;
        }

        if (denominatorProblem is { } d)
        {
            yield return d;
        }

        if (numeratorProblem is null && denominatorProblem is null && numeratorText is not null && denominatorText is not null
            && Parse(numeratorText) > Parse(denominatorText))
        {
            yield return (AnswerInputs.Numerator, AnswerValueMessages.NumeratorAboveDenominator);
        }
    }

    private static (string, string)? Number(string? text, string key, string label, bool whole, decimal? max)
    {
        if (text is null)
        {
            return null;
        }

        if (Parse(text) is not { } number)
        {
            return (key, AnswerValueMessages.NotANumber(label));
        }

        if (number < 0m)
        {
            return (key, AnswerValueMessages.Negative(label));
        }

        if (whole && number != decimal.Truncate(number))
        {
            return (key, AnswerValueMessages.NotWhole(label));
        }

        return number > max ? (key, AnswerValueMessages.AboveMax(label, max.Value)) : null;
    }

    private static decimal? Parse(string text) => AnswerInputs.ParseNumber(text);
}
