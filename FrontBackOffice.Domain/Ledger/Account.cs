namespace FrontBackOffice.Domain.Ledger;

public enum AccountType
{
    Asset,
    Liability,
    Equity,
    Revenue,
    Expense,
}

/// <summary>An account of the chart of accounts, known by its code.</summary>
public sealed class Account(string code, string name, AccountType type)
{
    public string Code { get; private set; } = code;
    public string Name { get; private set; } = name;
    public AccountType Type { get; private set; } = type;
}

/// <summary>The company's chart of accounts.</summary>
public static class Accounts
{
    public const string Bank = "1100";
    public const string AccountsReceivable = "1200";
    public const string Inventory = "1300";
    public const string WorkInProgress = "1350";
    public const string VatReceivable = "1400";
    public const string AccountsPayable = "2000";
    public const string GoodsReceivedNotInvoiced = "2050";
    public const string VatPayable = "2100";
    public const string WagesPayable = "2200";
    public const string IncomeTaxWithheld = "2300";
    public const string SocialSecurityPayable = "2400";
    public const string SalesRevenue = "4000";
    public const string SalesDiscounts = "4100";
    public const string CostOfGoodsSold = "5000";
    public const string InventoryAdjustments = "5100";
    public const string PurchasePriceVariance = "5200";
    public const string ProductionVariance = "5300";
    public const string Salaries = "6000";
    public const string EmployerSocialSecurity = "6100";
    public const string LabourApplied = "6200";

    public static IReadOnlyList<Account> Chart { get; } =
    [
        new(Bank, "Bank", AccountType.Asset),
        new(AccountsReceivable, "Accounts receivable", AccountType.Asset),
        new(Inventory, "Inventory", AccountType.Asset),
        new(WorkInProgress, "Work in progress", AccountType.Asset),
        new(VatReceivable, "VAT receivable", AccountType.Asset),
        new(AccountsPayable, "Accounts payable", AccountType.Liability),
        new(GoodsReceivedNotInvoiced, "Goods received not invoiced", AccountType.Liability),
        new(VatPayable, "VAT payable", AccountType.Liability),
        new(WagesPayable, "Wages payable", AccountType.Liability),
        new(IncomeTaxWithheld, "Income tax withheld", AccountType.Liability),
        new(SocialSecurityPayable, "Social security payable", AccountType.Liability),
        new(SalesRevenue, "Sales revenue", AccountType.Revenue),
        new(SalesDiscounts, "Sales discounts", AccountType.Revenue),
        new(CostOfGoodsSold, "Cost of goods sold", AccountType.Expense),
        new(InventoryAdjustments, "Inventory adjustments", AccountType.Expense),
        new(PurchasePriceVariance, "Purchase price variance", AccountType.Expense),
        new(ProductionVariance, "Production variance", AccountType.Expense),
        new(Salaries, "Salaries", AccountType.Expense),
        new(EmployerSocialSecurity, "Employer social security", AccountType.Expense),
        new(LabourApplied, "Labour and overhead applied to production", AccountType.Expense),
    ];
}
