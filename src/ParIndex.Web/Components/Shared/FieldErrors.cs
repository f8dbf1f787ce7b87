using FluentValidation;

namespace ParIndex.Web.Components.Shared;

/// <summary>A use case's validation failures, by request property, for showing each beside its field.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);

    public string? this[string field] => _byField.GetValueOrDefault(field);

    public bool Has(string field) => _byField.ContainsKey(field);

    /// <summary>Failures no field of the form shows, such as a unit merged in the meantime.</summary>
    public IEnumerable<string> Others(IReadOnlyCollection<string> shownFields) =>
        _byField.Where(e => !shownFields.Contains(e.Key)).Select(e => e.Value);

    public void Clear() => _byField.Clear();

    public void Load(ValidationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        foreach (var field in exception.Errors.GroupBy(e => e.PropertyName, StringComparer.Ordinal))
        {
            _byField[field.Key] = string.Join(' ', field.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal));
        }
    }
}
