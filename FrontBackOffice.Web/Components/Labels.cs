using FrontBackOffice.Domain.Complaints;
using FrontBackOffice.Domain.Jobs;
using FrontBackOffice.Web.Localization;

namespace FrontBackOffice.Web.Components;

/// <summary>
/// The words people read for the app's states, kinds and categories: "Awaiting approval", not <c>AwaitingApproval</c>,
/// in the user's language (<c>Labels.*.resx</c>, keyed <c>CountState.AwaitingApproval</c>). Every chip, select option
/// and column shows a value through here.
/// </summary>
public static class Labels
{
    private static readonly ResourceText L = new(typeof(Labels));

    public static string Of(Enum value) => L[$"{value.GetType().Name}.{value}"];

    /// <summary>A posting source type (<c>StockCount</c>) as people say it.</summary>
    public static string OfSource(string sourceType) => L[$"Source.{sourceType}"];

    /// <summary>An account of the chart as the user's language names it ("Contas a receber"); any other by the name it was given.</summary>
    public static string OfAccount(string code, string name) => L.Find($"Account.{code}") ?? name;

    /// <summary>A role (<c>Warehouse</c>) as the user's language names the team.</summary>
    public static string OfRole(string role) => L[$"Role.{role}"];

    /// <summary>Who did something: a user by name, the schedule (<see cref="JobRun.BySchedule"/>) as the user's language says it.</summary>
    public static string OfActor(string name) => name == JobRun.BySchedule ? L["Actor.Schedule"] : name;

    /// <summary>A category and the team it is routed to: "Product quality, answered by Warehouse".</summary>
    public static string Routing(ComplaintCategory category) => L["{0}, answered by {1}", Of(category), OfRole(ComplaintRouting.TeamFor(category))];
}
