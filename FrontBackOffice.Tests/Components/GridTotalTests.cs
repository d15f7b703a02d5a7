using FrontBackOffice.Web.Components;
using FrontBackOffice.Web.Data;
using MudBlazor;

namespace FrontBackOffice.Tests.Components;

public class GridTotalTests
{
    private readonly GridTotal total = new();
    private readonly List<PageRequest> requests = [];

    [Fact]
    public async Task ThePageOrSortChanged_CarriesTheTotalCounted_ANewSearchOrFilterCountsAfresh()
    {
        await LoadAsync(page: 0, search: "jansen", filter: "Invoiced", counted: 40);
        await LoadAsync(page: 1, search: "jansen", filter: "Invoiced", counted: 40);
        await LoadAsync(page: 0, search: "jansen", filter: "Invoiced", counted: 40, sortBy: "NetTotal");
        await LoadAsync(page: 0, search: "jansen", filter: "Shipped", counted: 7);
        await LoadAsync(page: 0, search: "smith", filter: "Shipped", counted: 3);
        await LoadAsync(page: 0, search: null, filter: null, counted: 900);
        await LoadAsync(page: 5, search: null, filter: null, counted: 900);

        Assert.Equal([null, 40, 40, null, null, null, 900], requests.Select(r => r.KnownTotal));
        Assert.Equal([0, 1, 0, 0, 0, 0, 5], requests.Select(r => r.Page));
        Assert.Equal("NetTotal", requests[2].SortBy);
    }

    private async Task LoadAsync(int page, string? search, string? filter, int counted, string? sortBy = null)
    {
        var state = new GridState<string> { Page = page, PageSize = 25 };
        if (sortBy is not null)
        {
            state.SortDefinitions.Add(new SortDefinition<string>(sortBy, false, 0, s => s));
        }
        var data = await total.LoadAsync(state, search, filter, request =>
        {
            requests.Add(request);
            return Task.FromResult(new PageResult<string>(["row"], request.KnownTotal ?? counted));
        });
        Assert.Equal(counted, data.TotalItems);
    }
}
