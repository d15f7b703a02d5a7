using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Web.Shared;

namespace FrontBackOffice.Web.Features.Complaints;

/// <summary>The <c>Complaints</c> settings: the resolution target per priority and whether escalation pauses it.</summary>
public sealed class ComplaintsOptions : ISettings
{
    public static string Section => "Complaints";

    public Dictionary<ComplaintPriority, int> SlaHours { get; set; } = new()
    {
        [ComplaintPriority.Low] = 120,
        [ComplaintPriority.Normal] = 48,
        [ComplaintPriority.High] = 24,
        [ComplaintPriority.Urgent] = 8,
    };

    public bool PauseWhileEscalated { get; set; }

    public ComplaintSla Sla => new(SlaHours, PauseWhileEscalated);

    public IEnumerable<string> Problems()
    {
        if (!Enum.GetValues<ComplaintPriority>().All(p => SlaHours.TryGetValue(p, out var hours) && hours > 0))
        {
            yield return "Complaints:SlaHours needs a positive number of hours for each priority: Low, Normal, High, Urgent.";
        }
    }
}
