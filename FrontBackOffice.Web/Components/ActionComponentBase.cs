using FrontBackOffice.Domain;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace FrontBackOffice.Web.Components;

/// <summary>
/// A component that runs business actions: a refused input lands next to its fields (<see cref="Errors"/>),
/// any other refusal in <see cref="Problem"/>, success in a snackbar. Access refusals are left to the error boundary.
/// </summary>
public abstract class ActionComponentBase : ComponentBase
{
    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    protected ValidationErrors? Errors { get; private set; }

    protected string? Problem { get; private set; }

    protected bool Busy { get; private set; }

    protected async Task<bool> RunAsync(Func<Task> action, string? done = null)
    {
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
            Problem = "Some fields need your attention.";
            return false;
        }
        catch (DomainException refused)
        {
            Problem = refused.Message;
            return false;
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>The server's message for a field, shown under it; null when the field is fine.</summary>
    protected string? ErrorFor(string field) => Errors?.For(field);

    protected bool HasError(string field) => Errors?.For(field) is not null;

    protected void ClearProblem()
    {
        Problem = null;
        Errors = null;
    }
}
