using System.Globalization;
using ParIndex.Domain.Common;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// A small arithmetic language over decimals for formula rules: numbers, variables, + − * /, parentheses, unary
/// minus, min(…) and max(…). Parsed and evaluated here; nothing is compiled or executed.
/// </summary>
public sealed class Expression
{
    private readonly string _text;
    private int _position;
    private IReadOnlyDictionary<string, decimal> _values = new Dictionary<string, decimal>();

    private Expression(string text) => _text = text;

    /// <summary>The variable names the expression uses (to check them against the rule's declared variables).</summary>
    public static IReadOnlySet<string> NamesIn(string text)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < text.Length;)
        {
            if (char.IsLetter(text[i]) || text[i] == '_')
            {
                var start = i;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_'))
                {
                    i++;
                }

                var next = i;
                while (next < text.Length && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                // A name followed by "(" is a function (min, max); any other name is a variable.
                if (next >= text.Length || text[next] != '(')
                {
                    names.Add(text[start..i]);
                }
            }
            else
            {
                i++;
            }
        }

        return names;
    }

    /// <summary>Evaluates; throws <see cref="DivideByZeroException"/> on a zero divisor, DomainException on bad syntax.</summary>
    public static decimal Evaluate(string text, IReadOnlyDictionary<string, decimal> values)
    {
        var expression = new Expression(text) { _values = values };
        var result = expression.Sum();
        expression.SkipSpaces();
        return expression._position == text.Length ? result : throw expression.Error();
    }

    private decimal Sum()
    {
        var value = Product();
        while (true)
        {
            if (Accept('+'))
            {
                value += Product();
            }
            else if (Accept('-'))
            {
                value -= Product();
            }
            else
            {
                return value;
            }
        }
    }

    private decimal Product()
    {
        var value = Unary();
        while (true)
        {
            if (Accept('*'))
            {
                value *= Unary();
            }
            else if (Accept('/'))
            {
                var divisor = Unary();
                value = divisor == 0m ? throw new DivideByZeroException() : value / divisor;
            }
            else
            {
                return value;
            }
        }
    }

    private decimal Unary() => Accept('-') ? -Unary() : Primary();

    private decimal Primary()
    {
        SkipSpaces();
        if (Accept('('))
        {
            var inner = Sum();
            return Accept(')') ? inner : throw Error();
        }

        if (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] == '.'))
        {
            var start = _position;
            while (_position < _text.Length && (char.IsDigit(_text[_position]) || _text[_position] == '.'))
            {
                _position++;
            }

            return decimal.Parse(_text[start.._position], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        var name = Identifier() ?? throw Error();
        if (Accept('('))
        {
            var arguments = new List<decimal> { Sum() };
            while (Accept(','))
            {
                arguments.Add(Sum());
            }

            if (!Accept(')'))
            {
                throw Error();
            }

            return name.ToLowerInvariant() switch
            {
                "min" => arguments.Min(),
                "max" => arguments.Max(),
                _ => throw new DomainException("rule.formula", $"Unknown function {name}.", name),
            };
        }

        return _values.TryGetValue(name, out var value)
            ? value
            : throw new DomainException("rule.formulaVariable", $"The formula uses {name}, which has no value.", name);
    }

    private string? Identifier()
    {
        SkipSpaces();
        var start = _position;
        while (_position < _text.Length && (char.IsLetterOrDigit(_text[_position]) || _text[_position] == '_'))
        {
            _position++;
        }

        return _position > start ? _text[start.._position] : null;
    }

    private bool Accept(char symbol)
    {
        SkipSpaces();
        if (_position < _text.Length && _text[_position] == symbol)
        {
            _position++;
            return true;
        }

        return false;
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
        {
            _position++;
        }
    }

    private DomainException Error() => new("rule.formula", $"The formula cannot be read near position {_position + 1}.");
}
