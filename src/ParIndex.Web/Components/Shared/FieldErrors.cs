using FluentValidation;

namespace ParIndex.Web.Components.Shared;

/// <summary>
/// A use case's validation failures, by request property, for showing each beside its field; and what a field could
/// not read (a number typed wrongly), which stops the form from being saved until the person corrects it.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _unread = new(StringComparer.Ordinal);

    public string? this[string field] => _unread.GetValueOrDefault(field) ?? _byField.GetValueOrDefault(field);

    public bool Has(string field) => _unread.ContainsKey(field) || _byField.ContainsKey(field);

    /// <summary>A field holds text it could not accept: saving would send its previous value, so nothing is saved.</summary>
    public bool HasUnreadInput => _unread.Count > 0;

    /// <summary>Set by the field itself as the person types; null when what it holds is accepted.</summary>
    public void SetUnread(string field, string? problem)
    {
        if (problem is null)
        {
            _unread.Remove(field);
        }
        else
        {
            _unread[field] = problem;
        }
    }

    /// <summary>Failures no field of the form shows, such as a unit merged in the meantime.</summary>
    public IEnumerable<string> Others(IReadOnlyCollection<string> shownFields) =>
        _byField.Where(e => !shownFields.Contains(e.Key)).Select(e => e.Value);

    /// <summary>Forgets the use case's failures; what a field could not read stays until the field accepts its text.</summary>
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
