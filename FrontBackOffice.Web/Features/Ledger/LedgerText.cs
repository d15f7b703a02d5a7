namespace FrontBackOffice.Web.Features.Ledger;

/// <summary>The words of the ledger pages (<c>LedgerText.*.resx</c>).</summary>
public sealed class LedgerText;
