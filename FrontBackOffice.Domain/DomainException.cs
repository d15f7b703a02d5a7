using System.Globalization;

namespace FrontBackOffice.Domain;

/// <summary>
/// A business rule refused the change; <see cref="Said"/> is written for the user who asked for it, in words the app
/// translates (the exception's own message is its English, for logs).
/// </summary>
public class DomainException : Exception
{
    public DomainException(string message) : this(UserMessage.Of(message)) { }

    public DomainException(UserMessageBuilder message) : this(message.ToMessage()) { }

    public DomainException(UserMessage said) : base(said.ToString(CultureInfo.InvariantCulture)) => Said = said;

    public UserMessage Said { get; }
}
