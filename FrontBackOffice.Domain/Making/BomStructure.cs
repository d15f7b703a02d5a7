namespace FrontBackOffice.Domain.Making;

/// <summary>
/// The active bills of materials of the company as one graph, from each made product to its components: what a product
/// is made of at every level, whether a new version would make a product contain itself, and each product's low-level
/// code (how deep it is used), by which planning goes level by level.
/// </summary>
public sealed class BomStructure
{
    private readonly Dictionary<int, IReadOnlyList<BomLine>> components;

    public BomStructure(IEnumerable<BillOfMaterials> active)
    {
        components = [];
        foreach (var bom in active)
        {
            if (!bom.IsActive || !components.TryAdd(bom.ProductId, bom.Lines))
            {
                throw new DomainException($"Product #{bom.ProductId} has more than one active bill of materials, or an inactive one was given.");
            }
        }
    }

    /// <summary>The components of one unit of the product by its active bill of materials; none when it has none.</summary>
    public IReadOnlyList<BomLine> ComponentsOf(int productId) => components.GetValueOrDefault(productId) ?? [];

    /// <summary>
    /// The path by which <paramref name="productId"/> would contain itself if its components were
    /// <paramref name="newComponents"/> (the product first and last, each component through which it goes between), or
    /// null when it would not.
    /// </summary>
    public IReadOnlyList<int>? CycleIf(int productId, IEnumerable<int> newComponents)
    {
        var replaced = newComponents.ToList();
        IEnumerable<int> Next(int product) => product == productId ? replaced : ComponentsOf(product).Select(l => l.ComponentId);

        // Depth first, with the path kept on a stack of its own (a deep structure must not exhaust the call stack).
        var visited = new HashSet<int>();
        var path = new Stack<(int Product, IEnumerator<int> Components)>();
        path.Push((productId, Next(productId).GetEnumerator()));
        while (path.Count > 0)
        {
            var (_, next) = path.Peek();
            if (!next.MoveNext())
            {
                path.Pop();
                continue;
            }
            var component = next.Current;
            if (component == productId)
            {
                return [.. path.Reverse().Select(p => p.Product), productId];
            }
            if (visited.Add(component))
            {
                path.Push((component, Next(component).GetEnumerator()));
            }
        }
        return null;
    }

    /// <summary>
    /// Each product's low-level code: 0 for a product no bill of materials uses, otherwise one more than the deepest
    /// product it goes into. Planning a level only once every lower code is planned sees all the demand of the level.
    /// </summary>
    public IReadOnlyDictionary<int, int> LowLevelCodes()
    {
        var parents = new Dictionary<int, int>();
        foreach (var (product, lines) in components)
        {
            parents.TryAdd(product, 0);
            foreach (var line in lines)
            {
                parents[line.ComponentId] = parents.GetValueOrDefault(line.ComponentId) + 1;
            }
        }
        var codes = parents.Keys.ToDictionary(p => p, _ => 0);
        var ready = new Queue<int>(parents.Where(p => p.Value == 0).Select(p => p.Key));
        var placed = 0;
        while (ready.TryDequeue(out var product))
        {
            placed++;
            foreach (var line in ComponentsOf(product))
            {
                codes[line.ComponentId] = Math.Max(codes[line.ComponentId], codes[product] + 1);
                if (--parents[line.ComponentId] == 0)
                {
                    ready.Enqueue(line.ComponentId);
                }
            }
        }
        if (placed < parents.Count)
        {
            throw new DomainException("The bills of materials contain a cycle: a product is made, at some level, of itself.");
        }
        return codes;
    }
}
