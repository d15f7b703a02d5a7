using FrontBackOffice.Web.Data;
using MudBlazor;

namespace FrontBackOffice.Web.Components;

public static class GridRequests
{
    /// <summary>The grid's page and sort as a request the services push into the database query.</summary>
    public static PageRequest ToPageRequest<T>(this GridState<T> state, string? search = null)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        return new PageRequest(state.Page, state.PageSize, sort?.SortBy, sort?.Descending ?? false, search);
    }

    public static GridData<T> ToGridData<T>(this PageResult<T> page) => new() { Items = page.Items, TotalItems = page.Total };
}

/// <summary>
/// The total a grid counted for its search and filter. While the user only turns pages or changes the sort, the number
/// of matching rows is the one counted, so it goes back with the request and a list of a million rows is not counted
/// again on every click; a new search or filter counts afresh, as does the page opened again or a change the page made.
/// </summary>
public sealed class GridTotal
{
    private (object Filter, int Total)? counted;

    public async Task<GridData<T>> LoadAsync<T>(GridState<T> state, string? search, object? filter, Func<PageRequest, Task<PageResult<T>>> load)
    {
        var key = (search, filter);
        var known = counted is { } last && Equals(last.Filter, key) ? last.Total : (int?)null;
        var page = await load(state.ToPageRequest(search) with { KnownTotal = known });
        counted = (key, page.Total);
        return page.ToGridData();
    }

    /// <summary>Counts afresh on the next load: rows were added or removed.</summary>
    public void Forget() => counted = null;
}
