namespace FrontBackOffice.Domain;

/// <summary>
/// What is wrong with an input, field by field. Field names are the input's property names, with
/// <c>Lines[2].Quantity</c> for a field of a line, so a form can show each message next to its field.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> errors = [];

    public bool IsEmpty => errors.Count == 0;

    public IReadOnlyDictionary<string, List<string>> ByField => errors;

    public ValidationErrors Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }
        messages.Add(message);
        return this;
    }

    public ValidationErrors Require(bool condition, string field, string message) =>
        condition ? this : Add(field, message);

    /// <summary>Forgets the messages of a field whose value has changed since.</summary>
    public void Remove(string field) => errors.Remove(field);

    /// <summary>The messages for one field, or null when it is fine.</summary>
    public string? For(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new InvalidInputException(this);
        }
    }

    public override string ToString() => string.Join(" ", errors.SelectMany(e => e.Value));
}

/// <summary>The input was refused; <see cref="Errors"/> says what is wrong with each field.</summary>
public sealed class InvalidInputException(ValidationErrors errors) : DomainException(errors.ToString())
{
    public ValidationErrors Errors { get; } = errors;
}

/// <summary>Someone else changed the record since it was read; the message tells the user what to do.</summary>
public sealed class ConcurrencyConflictException(string message) : DomainException(message);

/// <summary>The record asked for does not exist (or no longer does).</summary>
public sealed class NotFoundException(string message) : DomainException(message);
