using FrontBackOffice.Domain.Orders;
using FrontBackOffice.Domain.Stock;

namespace FrontBackOffice.Domain.Making;

public enum WorkOrderStatus
{
    Draft,
    Released,
    InProgress,
    Done,
    Cancelled,
}

/// <summary>What staff type for a work order: the product to make, where, and how many units.</summary>
public sealed record WorkOrderInput(int ProductId, int LocationId, int Quantity)
{
    public ValidationErrors Validate() => new ValidationErrors()
        .Require(ProductId > 0, nameof(ProductId), "Choose the product to make.")
        .Require(LocationId > 0, nameof(LocationId), "Choose where it is made.")
        .Require(Quantity > 0, nameof(Quantity), "Make at least one unit.");
}

/// <summary>
/// An order to make a product from the active version of its bill of materials, which it keeps:
/// Draft → Released → InProgress → Done, and Cancelled before Done. Release reserves every component at the work
/// order's location, all or nothing. Completion records the units made and those scrapped (together at most the
/// quantity: a work order may finish short); it consumes the components of every unit attempted, and the units made
/// carry the value of the materials and labour of the units attempted in proportion (the scrapped units' share is the
/// production variance).
/// </summary>
public sealed class WorkOrder
{
    private readonly List<WorkOrderComponent> components = [];

    private WorkOrder()
    {
    }

    public WorkOrder(string number, WorkOrderInput input, BillOfMaterials bom, string createdBy, DateTime createdAt)
    {
        input.Validate().ThrowIfAny();
        if (bom.ProductId != input.ProductId || !bom.IsActive)
        {
            throw new DomainException("A work order is made by the active version of its product's bill of materials.");
        }
        Number = number;
        ProductId = input.ProductId;
        LocationId = input.LocationId;
        Quantity = input.Quantity;
        BomId = bom.Id;
        BomVersion = bom.Version;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        components.AddRange(bom.Lines.Select(l => new WorkOrderComponent(l.ComponentId, l.NeededFor(input.Quantity))));
    }

    public static string NumberOf(int year, int sequence) => $"WO-{year}-{sequence:D5}";

    public int Id { get; private set; }
    public string Number { get; private set; } = "";
    public int ProductId { get; private set; }
    public int LocationId { get; private set; }
    public int Quantity { get; private set; }
    public int BomId { get; private set; }
    public int BomVersion { get; private set; }
    public WorkOrderStatus Status { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime? ReleasedAt { get; private set; }
    public DateTime? StartedAt { get; private set; }
    public DateTime? DoneAt { get; private set; }

    /// <summary>The business day it was done: the day the nightly close books it.</summary>
    public DateOnly? DoneOn { get; private set; }
    public DateTime? CancelledAt { get; private set; }

    /// <summary>The units made, good for stock.</summary>
    public int Produced { get; private set; }

    /// <summary>The units attempted and thrown away.</summary>
    public int Scrapped { get; private set; }

    /// <summary>What the components consumed were worth, in cents.</summary>
    public decimal MaterialValue { get; private set; }

    /// <summary>The labour and overhead of the units attempted, at the rate per unit of the day it was done.</summary>
    public decimal LabourValue { get; private set; }

    /// <summary>The value the units made bring into stock.</summary>
    public decimal FinishedValue { get; private set; }

    /// <summary>The scrapped units' share of materials and labour: the production variance.</summary>
    public decimal Variance => MaterialValue + LabourValue - FinishedValue;

    public IReadOnlyList<WorkOrderComponent> Components => components;

    public bool CanRelease => Status == WorkOrderStatus.Draft;
    public bool CanStart => Status == WorkOrderStatus.Released;
    public bool CanComplete => Status is WorkOrderStatus.Released or WorkOrderStatus.InProgress;
    public bool CanCancel => Status is WorkOrderStatus.Draft or WorkOrderStatus.Released or WorkOrderStatus.InProgress;

    /// <summary>Whether its components are reserved (released or in progress): a cancellation frees them.</summary>
    public bool HoldsComponents => Status is WorkOrderStatus.Released or WorkOrderStatus.InProgress;

    /// <summary>
    /// Releases the work order only if the available stock at its location covers every component; otherwise nothing
    /// changes and the message names each short component. The caller reserves the components in the same transaction.
    /// </summary>
    public void Release(IReadOnlyCollection<StockAvailability> availability, DateTime at)
    {
        Require(CanRelease, "released");
        var shortages = StockAvailability.ShortToMake(components.Select(c => KeyValuePair.Create(c.ComponentId, c.Required)), availability);
        if (shortages.Count > 0)
        {
            throw new DomainException($"Not enough components to release: {UserMessage.Join("; ", shortages)}.");
        }
        Status = WorkOrderStatus.Released;
        ReleasedAt = at;
    }

    public void Start(DateTime at)
    {
        Require(CanStart, "started");
        Status = WorkOrderStatus.InProgress;
        StartedAt = at;
    }

    /// <summary>
    /// Records the units made and scrapped. <paramref name="consume"/> takes a component's units out of stock at its
    /// average cost (the caller frees what stays reserved beyond them); the labour is <paramref name="labourPerUnit"/>
    /// for every unit attempted. Returns the value the units made bring into stock.
    /// </summary>
    public decimal Complete(int produced, int scrapped, Func<WorkOrderComponent, int, StockValuation> consume, decimal labourPerUnit, DateTime at, DateOnly on)
    {
        Require(CanComplete, "completed");
        var errors = new ValidationErrors()
            .Require(produced >= 0, nameof(Produced), "The units made cannot be negative.")
            .Require(scrapped >= 0, nameof(Scrapped), "The units scrapped cannot be negative.")
            .Require(produced + scrapped > 0, nameof(Produced), "Enter the units made or scrapped.")
            .Require(produced + scrapped <= Quantity, nameof(Produced), $"At most {Quantity} units were to be made.")
            .Require(labourPerUnit >= 0, nameof(LabourValue), "The labour rate cannot be negative.");
        errors.ThrowIfAny();
        var attempted = produced + scrapped;
        foreach (var component in components)
        {
            var units = attempted == Quantity ? component.Required : component.NeededFor(attempted, Quantity);
            if (units > 0)
            {
                component.Consume(units, consume(component, units).Value);
            }
        }
        MaterialValue = components.Sum(c => c.ConsumedValue);
        LabourValue = Money.Round(labourPerUnit * attempted);
        FinishedValue = Money.Round((MaterialValue + LabourValue) * produced / attempted);
        (Produced, Scrapped) = (produced, scrapped);
        Status = WorkOrderStatus.Done;
        DoneAt = at;
        DoneOn = on;
        return FinishedValue;
    }

    public void Cancel(DateTime at)
    {
        Require(CanCancel, "cancelled");
        Status = WorkOrderStatus.Cancelled;
        CancelledAt = at;
    }

    private void Require(bool allowed, string action)
    {
        if (!allowed)
        {
            throw new DomainException($"Work order {Number} is {WorkOrderStatuses.Describe(Status)} and cannot be {action}.");
        }
    }
}

public static class WorkOrderStatuses
{
    /// <summary>A state as people say it.</summary>
    public static string Describe(WorkOrderStatus status) => status switch
    {
        WorkOrderStatus.InProgress => "in progress",
        _ => status.ToString().ToLowerInvariant(),
    };
}

/// <summary>The work order numbers of a year.</summary>
public sealed class WorkOrderSequence : YearlySequence
{
    private WorkOrderSequence()
    {
    }

    public WorkOrderSequence(int year)
        : base(year)
    {
    }

    public string Next() => WorkOrder.NumberOf(Year, Take());
}

/// <summary>A component the work order takes: reserved at release, consumed at completion.</summary>
public sealed class WorkOrderComponent
{
    private WorkOrderComponent()
    {
    }

    internal WorkOrderComponent(int componentId, int required)
    {
        ComponentId = componentId;
        Required = required;
    }

    public int Id { get; private set; }
    public int ComponentId { get; private set; }

    /// <summary>The units the whole quantity needs, scrap of the bill of materials included: what release reserves.</summary>
    public int Required { get; private set; }

    public int Consumed { get; private set; }

    /// <summary>What the consumed units were worth at the component's average cost, in cents.</summary>
    public decimal ConsumedValue { get; private set; }

    /// <summary>The units <paramref name="attempted"/> of <paramref name="quantity"/> finished units take: their share, rounded up, at most all.</summary>
    internal int NeededFor(int attempted, int quantity) => Math.Min(Required, (int)decimal.Ceiling((decimal)Required * attempted / quantity));

    internal void Consume(int units, decimal value) => (Consumed, ConsumedValue) = (units, value);
}
