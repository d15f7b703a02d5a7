namespace FrontBackOffice.Web.Features.Stock;

/// <summary>The <c>Stock</c> settings.</summary>
public sealed class StockOptions
{
    public const string Section = "Stock";

    /// <summary>A count line whose variance is worth more than this (either way) waits for a Warehouse approval.</summary>
    public decimal ApprovalThreshold { get; set; } = 500m;

    /// <summary>How many count lines the reconciliation handles per transaction.</summary>
    public int ChunkSize { get; set; } = 1000;

    public static void AddTo(IServiceCollection services, IConfiguration configuration) =>
        services.AddOptions<StockOptions>()
            .Bind(configuration.GetSection(Section))
            .Validate(o => o.ApprovalThreshold >= 0, "Stock:ApprovalThreshold must not be negative.")
            .Validate(o => o.ChunkSize is > 0 and <= 10_000, "Stock:ChunkSize must be between 1 and 10000.")
            .ValidateOnStart();
}
