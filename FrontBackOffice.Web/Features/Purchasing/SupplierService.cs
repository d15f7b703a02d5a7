using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Purchasing;
using FrontBackOffice.Web.Company;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontBackOffice.Web.Features.Purchasing;

public sealed record SupplierRow(int Id, string Name, string TaxNumber, string? Email, string? Phone, int PaymentTermsDays);

public sealed record SupplierDetail(
    int Id, string Name, string TaxNumber, string? Email, string? Phone, string? Address, int PaymentTermsDays, string Currency,
    DateTime CreatedAt, long Version)
{
    public SupplierDetails ToDetails() => new(Name, TaxNumber, Email, Phone, Address, PaymentTermsDays);
}

/// <summary>The companies the back office buys from: Warehouse keeps them, Accounting reads them for their bills.</summary>
public sealed class SupplierService(
    IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, TimeProvider clock, Submissions submissions, IOptions<CompanyOptions> company)
{
    private static readonly SortMap<Supplier> Sorts = new SortMap<Supplier>(nameof(SupplierRow.Name), false).ThenBy(s => s.Id)
        .Add(nameof(SupplierRow.Name), s => s.Name)
        .Add(nameof(SupplierRow.TaxNumber), s => s.TaxNumber)
        .Add(nameof(SupplierRow.Email), s => s.Email)
        .Add(nameof(SupplierRow.PaymentTermsDays), s => s.PaymentTermsDays);

    public async Task<PageResult<SupplierRow>> SearchAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPurchasing, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Suppliers.AsNoTracking();
        if (request.Term is { } term)
        {
            query = query.Where(s => s.Name.ToLower().Contains(term) || s.TaxNumber.ToLower().Contains(term)
                || (s.Email != null && s.Email.ToLower().Contains(term)));
        }
        return await query.ToPageAsync(request, Sorts, s => new SupplierRow(s.Id, s.Name, s.TaxNumber, s.Email, s.Phone, s.PaymentTermsDays), cancellationToken);
    }

    public async Task<SupplierDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ReadPurchasing, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Suppliers.AsNoTracking().Where(s => s.Id == id)
            .Select(s => new SupplierDetail(s.Id, s.Name, s.TaxNumber, s.Email, s.Phone, s.Address, s.PaymentTermsDays, s.Currency, s.CreatedAt,
                EF.Property<long>(s, RowVersions.Name)))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no supplier #{id}.");
    }

    /// <summary>Adds a supplier billing in the company's currency; the same <paramref name="submission"/> (the form's key) never adds a second one.</summary>
    public async Task<int> CreateAsync(SupplierDetails details, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePurchasing, cancellationToken);
        details.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await submissions.OnceAsync(db, submission, nameof(Supplier), async () =>
        {
            await RefuseTakenTaxNumberAsync(db, details, null, cancellationToken);
            var supplier = new Supplier(details, company.Value.Currency, clock.GetUtcNow().UtcDateTime);
            db.Suppliers.Add(supplier);
            await SaveAsync(db, cancellationToken);
            return supplier.Id;
        }, cancellationToken);
    }

    public async Task UpdateAsync(int id, long version, SupplierDetails details, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManagePurchasing, cancellationToken);
        details.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var supplier = await db.Suppliers.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            ?? throw new NotFoundException($"There is no supplier #{id}.");
        await RefuseTakenTaxNumberAsync(db, details, id, cancellationToken);
        db.ExpectRowVersion(supplier, version);
        supplier.Update(details);
        await SaveAsync(db, cancellationToken);
    }

    private static async Task RefuseTakenTaxNumberAsync(AppDbContext db, SupplierDetails details, int? exceptId, CancellationToken cancellationToken)
    {
        var taxNumber = Contacts.NormalizeTaxNumber(details.TaxNumber);
        var holder = await db.Suppliers.AsNoTracking().Where(s => s.TaxNumber == taxNumber && s.Id != exceptId).Select(s => s.Name)
            .FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            throw TaxNumberTaken(holder);
        }
    }

    private static async Task SaveAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException(
                "Someone else changed this supplier since you opened it. Close the form and open it again to see their changes.");
        }
        catch (DbUpdateException e) when (e.IsUniqueViolationOf(nameof(Supplier.TaxNumber)))
        {
            throw TaxNumberTaken("another supplier");
        }
    }

    private static InvalidInputException TaxNumberTaken(string holder) =>
        new(new ValidationErrors().Add(nameof(SupplierDetails.TaxNumber), Contacts.TaxNumberTakenBy(holder)));
}
