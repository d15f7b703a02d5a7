using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Data;

/// <summary>One page of a list as the grid asks for it: zero-based page, size, sort column and direction.</summary>
public sealed record PageRequest(int Page = 0, int PageSize = 25, string? SortBy = null, bool Descending = false, string? Search = null)
{
    public const int MaxPageSize = 200;

    /// <summary>The longest search a list takes: the search box stops there, and a longer one is cut.</summary>
    public const int MaxSearchLength = 100;

    /// <summary>
    /// The number of matching rows when the caller already knows it: the list counted them for the same search and
    /// filter, and only the page or the sort has changed since. The service then reads the page without counting again.
    /// </summary>
    public int? KnownTotal { get; init; }

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
/// else falls back to the default order. A last, unique key (usually the id) breaks ties in the same direction as the
/// sort, so that pages never overlap and an index on (column, id) serves the order read either way.
/// </summary>
public sealed class SortMap<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> sorts = new(StringComparer.OrdinalIgnoreCase);
    private readonly string defaultSort;
    private readonly bool defaultDescending;
    private Func<IOrderedQueryable<T>, bool, IOrderedQueryable<T>> tiebreaker = (q, _) => q;

    public SortMap(string defaultSort, bool defaultDescending)
    {
        this.defaultSort = defaultSort;
        this.defaultDescending = defaultDescending;
    }

    /// <summary>The unique key that orders rows equal in the sorted column.</summary>
    public SortMap<T> ThenBy<TKey>(Expression<Func<T, TKey>> key)
    {
        tiebreaker = (q, descending) => descending ? q.ThenByDescending(key) : q.ThenBy(key);
        return this;
    }

    public SortMap<T> Add<TKey>(string column, Expression<Func<T, TKey>> key)
    {
        sorts[column] = (q, descending) => descending ? q.OrderByDescending(key) : q.OrderBy(key);
        return this;
    }

    /// <summary>Whether the column is one of this map's, or none (the default order).</summary>
    public bool Sorts(string? column) => column is null || sorts.ContainsKey(column);

    /// <param name="reversed">The whole order turned round, to read a page near the end from the end.</param>
    public IOrderedQueryable<T> Apply(IQueryable<T> query, string? column, bool descending, bool reversed = false)
    {
        var known = column is not null && sorts.ContainsKey(column);
        var direction = (known ? descending : defaultDescending) != reversed;
        return tiebreaker(sorts[known ? column! : defaultSort](query, direction), direction);
    }
}

public static class PagingExtensions
{
    /// <summary>Counts (unless the request knows the total), sorts, pages and projects in the database: only one page of rows is read.</summary>
    public static async Task<PageResult<TRow>> ToPageAsync<T, TRow>(
        this IQueryable<T> query, PageRequest request, SortMap<T> sorts, Expression<Func<T, TRow>> select,
        CancellationToken cancellationToken) =>
        await query.ToPageAsync(request.KnownTotal ?? await query.CountAsync(cancellationToken), request, sorts, select, cancellationToken);

    /// <summary>
    /// One page of rows of which <paramref name="total"/> match, counted by the caller (on fewer tables, say). A page in
    /// the second half is read from the end in the reverse order, so the database skips fewer rows than it returns past.
    /// </summary>
    public static async Task<PageResult<TRow>> ToPageAsync<T, TRow>(
        this IQueryable<T> query, int total, PageRequest request, SortMap<T> sorts, Expression<Func<T, TRow>> select,
        CancellationToken cancellationToken)
    {
        var (skip, take, fromEnd) = Window(total, request);
        var items = await sorts.Apply(query, request.SortBy, request.Descending, fromEnd).Skip(skip).Take(take)
            .Select(select).ToListAsync(cancellationToken);
        return Page(items, total, fromEnd);
    }

    /// <summary>
    /// One page of rows joined to another table for what they show (an order's customer): when the sort is on the rows'
    /// own columns (<paramref name="sorts"/>), the page is found among the rows alone, then joined, so the rows skipped
    /// to reach a deep page are not joined first; a sort on a joined column (<paramref name="joinedSorts"/> only)
    /// pages over the join.
    /// </summary>
    public static async Task<PageResult<TRow>> ToPageAsync<T, TJoined, TRow>(
        this IQueryable<T> query, int total, PageRequest request, SortMap<T> sorts,
        Func<IQueryable<T>, IQueryable<TJoined>> join, SortMap<TJoined> joinedSorts, Expression<Func<TJoined, TRow>> select,
        CancellationToken cancellationToken)
    {
        if (!sorts.Sorts(request.SortBy))
        {
            return await join(query).ToPageAsync(total, request, joinedSorts, select, cancellationToken);
        }
        var (skip, take, fromEnd) = Window(total, request);
        var page = sorts.Apply(query, request.SortBy, request.Descending, fromEnd).Skip(skip).Take(take);
        var items = await joinedSorts.Apply(join(page), request.SortBy, request.Descending, fromEnd)
            .Select(select).ToListAsync(cancellationToken);
        return Page(items, total, fromEnd);
    }

    /// <summary>The rows to skip and take, and whether from the end (in the reverse order).</summary>
    private static (int Skip, int Take, bool FromEnd) Window(int total, PageRequest request) =>
        request.Skip > total / 2 && request.Skip < total
            ? (Math.Max(0, total - request.Skip - request.Size), Math.Min(request.Size, total - request.Skip), true)
            : (request.Skip, request.Size, false);

    private static PageResult<TRow> Page<TRow>(List<TRow> items, int total, bool fromEnd)
    {
        if (fromEnd)
        {
            items.Reverse();
        }
        return new PageResult<TRow>(items, total);
    }
}
