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
