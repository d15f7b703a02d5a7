using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Data;

/// <summary>One page of a list as the grid asks for it: zero-based page, size, sort column and direction.</summary>
public sealed record PageRequest(int Page = 0, int PageSize = 25, string? SortBy = null, bool Descending = false, string? Search = null)
{
    public const int MaxPageSize = 200;

    /// <summary>The longest search a list takes: the search box stops there, and a longer one is cut.</summary>
    public const int MaxSearchLength = 100;

    public int Skip => Math.Max(0, Page) * Size;
    public int Size => Math.Clamp(PageSize, 1, MaxPageSize);

    /// <summary>The search text, trimmed and lower-cased, or null when there is none.</summary>
    public string? Term => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim()[..Math.Min(Search.Trim().Length, MaxSearchLength)].ToLowerInvariant();

    /// <summary>The record id in a search for a document number like "SO-000123" (or just "123"), else 0.</summary>
    public int SearchedId(string numberPrefix)
    {
        var term = Term ?? "";
        var digits = term.StartsWith(numberPrefix, StringComparison.OrdinalIgnoreCase) ? term[numberPrefix.Length..] : term;
        return int.TryParse(digits, out var id) ? id : 0;
    }
}

public sealed record PageResult<T>(IReadOnlyList<T> Items, int Total);

/// <summary>
/// The columns a list may be sorted by, each mapped to an expression the database can order by. Anything
/// else falls back to the default order; a tiebreaker keeps paging stable.
/// </summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> sorts = new(StringComparer.OrdinalIgnoreCase);
    private readonly string defaultSort;
    private readonly bool defaultDescending;
    private readonly Func<IOrderedQueryable<T>, IOrderedQueryable<T>> tiebreaker;

    /// <param name="tiebreaker">A last, unique order (usually by id) so that pages never overlap.</param>
    public SortMap(string defaultSort, bool defaultDescending, Func<IOrderedQueryable<T>, IOrderedQueryable<T>> tiebreaker)
    {
        this.defaultSort = defaultSort;
        this.defaultDescending = defaultDescending;
        this.tiebreaker = tiebreaker;
    }

    public SortMap<T> Add<TKey>(string column, Expression<Func<T, TKey>> key)
    {
        sorts[column] = (q, descending) => descending ? q.OrderByDescending(key) : q.OrderBy(key);
        return this;
    }

    public IOrderedQueryable<T> Apply(IQueryable<T> query, string? column, bool descending)
    {
        var known = column is not null && sorts.ContainsKey(column);
        var sort = sorts[known ? column! : defaultSort];
        return tiebreaker(sort(query, known ? descending : defaultDescending));
    }
}

public static class PagingExtensions
{
    /// <summary>Counts, sorts, pages and projects in the database: only one page of rows is read.</summary>
    public static async Task<PageResult<TRow>> ToPageAsync<T, TRow>(
        this IQueryable<T> query, PageRequest request, SortMap<T> sorts, Expression<Func<T, TRow>> select,
        CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await sorts.Apply(query, request.SortBy, request.Descending)
            .Skip(request.Skip)
            .Take(request.Size)
            .Select(select)
            .ToListAsync(cancellationToken);
        return new PageResult<TRow>(items, total);
    }
}
