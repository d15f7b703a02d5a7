using FrontBackOffice.Domain;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace FrontBackOffice.Web.Components;

/// <summary>
/// A page or dialog that runs business actions, the one way: a refused input lands next to its fields
/// (<see cref="Errors"/>, shown by the inputs of <c>Components/Fields</c>), any other refusal in <see cref="Problem"/>,
/// success in a snackbar. Access refusals are left to the error boundary.
/// </summary>
public abstract class ActionComponentBase : ComponentBase
{
    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private IStringLocalizer<Messages> Said { get; set; } = default!;

    [Inject]
    private IStringLocalizer<AppText> T { get; set; } = default!;

    protected ValidationErrors? Errors { get; private set; }

    protected string? Problem { get; private set; }

    protected bool Busy { get; private set; }

    /// <summary>Runs an action; true when it succeeded.</summary>
    protected async Task<bool> RunAsync(Func<Task> action, string? done = null)
    {
        if (Busy)
        {
            return false; // a second click before the first one's answer: the first one is still running
        }
        Busy = true;
        Errors = null;
        Problem = null;
        try
        {
            await action();
            if (done is not null)
            {
                Snackbar.Add(done, Severity.Success);
            }
            return true;
        }
        catch (InvalidInputException refused)
        {
            Errors = refused.Errors;
            Problem = T["Some fields need your attention."];
            return false;
        }
        catch (DomainException refused)
        {
            Problem = Said.Say(refused.Said);
            return false;
        }
        catch (Exception busy) when (busy.IsDatabaseBusy())
        {
            Problem = T["The database is busy: nothing was saved. Try again in a moment."];
            return false;
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Runs an action, then shows the page's records as they now stand, whether it succeeded or not.</summary>
    protected async Task<bool> ActAsync(Func<Task> action, string? done = null)
    {
        var succeeded = await RunAsync(action, done);
        await ReloadAsync();
        return succeeded;
    }

    /// <summary>Reads again what the page shows; called after every <see cref="ActAsync"/>.</summary>
    protected virtual Task ReloadAsync() => Task.CompletedTask;

    protected void ClearProblem()
    {
        Problem = null;
        Errors = null;
    }
}
