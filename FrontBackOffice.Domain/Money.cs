namespace FrontBackOffice.Domain;

public static class Money
{
    /// <summary>Rounds an amount to cents, halves away from zero (commercial rounding).</summary>
    public static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
