namespace FrontBackOffice.Domain;

/// <summary>A business rule refused the change; the message is written for the user who asked for it.</summary>
public class DomainException(string message) : Exception(message);
