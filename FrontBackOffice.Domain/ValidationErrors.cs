namespace FrontBackOffice.Domain;

/// <summary>
/// What is wrong with an input, field by field. Field names are the input's property names, with
/// <c>Lines[2].Quantity</c> for a field of a line, so a form can show each message next to its field, in the user's
/// language (<see cref="UserMessage"/>).
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<UserMessage>> errors = [];

    public bool IsEmpty => errors.Count == 0;

    public IReadOnlyDictionary<string, List<UserMessage>> ByField => errors;

    public ValidationErrors Add(string field, UserMessage message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }
        messages.Add(message);
        return this;
    }

    public ValidationErrors Add(string field, string message) => Add(field, UserMessage.Of(message));

    public ValidationErrors Add(string field, UserMessageBuilder message) => Add(field, message.ToMessage());

    public ValidationErrors Require(bool condition, string field, string message) =>
        condition ? this : Add(field, message);

    public ValidationErrors Require(bool condition, string field, UserMessageBuilder message) =>
        condition ? this : Add(field, message);

    /// <summary>Forgets the messages of a field whose value has changed since.</summary>
    public void Remove(string field) => errors.Remove(field);

    /// <summary>The messages for one field in English, or null when it is fine.</summary>
    public string? For(string field) => For(field, m => m.ToString());

    /// <summary>The messages for one field as <paramref name="say"/> words them, or null when it is fine.</summary>
    public string? For(string field, Func<UserMessage, string> say) =>
        errors.TryGetValue(field, out var messages) ? string.Join(" ", messages.Select(say)) : null;

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
public sealed class InvalidInputException(ValidationErrors errors) : DomainException(UserMessage.Of(errors.ToString()))
{
    public ValidationErrors Errors { get; } = errors;
}

/// <summary>Someone else changed the record since it was read; the message tells the user what to do.</summary>
public sealed class ConcurrencyConflictException : DomainException
{
    public ConcurrencyConflictException(string message) : base(message) { }

    public ConcurrencyConflictException(UserMessageBuilder message) : base(message) { }
}

/// <summary>The record asked for does not exist (or no longer does).</summary>
public sealed class NotFoundException : DomainException
{
    public NotFoundException(string message) : base(message) { }

    public NotFoundException(UserMessageBuilder message) : base(message) { }
}
