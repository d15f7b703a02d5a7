using FrontBackOffice.Domain.Complaints;

namespace FrontBackOffice.Web.Features.Complaints;

/// <summary>The <c>Complaints</c> settings: the resolution target per priority and whether escalation pauses it.</summary>
public sealed class ComplaintsOptions
{
    public const string Section = "Complaints";

    public Dictionary<ComplaintPriority, int> SlaHours { get; set; } = new()
    {
        [ComplaintPriority.Low] = 120,
        [ComplaintPriority.Normal] = 48,
        [ComplaintPriority.High] = 24,
        [ComplaintPriority.Urgent] = 8,
    };

    public bool PauseWhileEscalated { get; set; }

    public ComplaintSla Sla => new(SlaHours, PauseWhileEscalated);

    public static void AddTo(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ComplaintsOptions>()
            .Bind(configuration.GetSection(Section))
            .Validate(o => Enum.GetValues<ComplaintPriority>().All(p => o.SlaHours.TryGetValue(p, out var hours) && hours > 0),
                "Complaints:SlaHours needs a positive number of hours for each priority: Low, Normal, High, Urgent.")
            .ValidateOnStart();
    }
}
