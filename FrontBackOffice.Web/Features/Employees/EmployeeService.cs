using FrontBackOffice.Domain;
using FrontBackOffice.Domain.Payroll;
using FrontBackOffice.Web.Data;
using FrontBackOffice.Web.Security;
using FrontBackOffice.Web.Shared.Submissions;
using Microsoft.EntityFrameworkCore;

namespace FrontBackOffice.Web.Features.Employees;

public sealed record EmployeeRow(int Id, string Name, string Department, PayType PayType, DateOnly HireDate, DateOnly? LeaveDate, decimal? MonthlySalary, decimal? HourlyRate);

public sealed record EmployeeDetail(
    int Id, string Name, string TaxNumber, string Department, DateOnly HireDate, DateOnly? LeaveDate, PayType PayType,
    decimal? MonthlySalary, decimal? HourlyRate, long Version)
{
    public EmployeeDetails ToDetails() => new(Name, TaxNumber, Department, HireDate, LeaveDate, PayType, MonthlySalary, HourlyRate);
}

public sealed record TimesheetRow(int Id, DateOnly WeekStart, IReadOnlyList<decimal> Hours, long Version)
{
    public decimal Total => Hours.Sum();
}

/// <summary>HR's employee records and the weekly timesheets of hourly staff.</summary>
public sealed class EmployeeService(IDbContextFactory<AppDbContext> dbFactory, AccessGuard guard, Submissions submissions)
{
    private static readonly SortMap<Employee> Sorts = new SortMap<Employee>(nameof(EmployeeRow.Name), false).ThenBy(e => e.Id)
        .Add(nameof(EmployeeRow.Name), e => e.Name)
        .Add(nameof(EmployeeRow.Department), e => e.Department)
        .Add(nameof(EmployeeRow.PayType), e => e.PayType)
        .Add(nameof(EmployeeRow.HireDate), e => e.HireDate)
        .Add(nameof(EmployeeRow.LeaveDate), e => e.LeaveDate)
        .Add(nameof(EmployeeRow.MonthlySalary), e => e.MonthlySalary)
        .Add(nameof(EmployeeRow.HourlyRate), e => e.HourlyRate);

    public async Task<PageResult<EmployeeRow>> ListAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageEmployees, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Employees.AsNoTracking();
        if (request.Term is { } term)
        {
            query = query.Where(e => e.Name.ToLower().Contains(term) || e.Department.ToLower().Contains(term) || e.TaxNumber.ToLower().Contains(term));
        }
        return await query.ToPageAsync(request, Sorts,
            e => new EmployeeRow(e.Id, e.Name, e.Department, e.PayType, e.HireDate, e.LeaveDate, e.MonthlySalary, e.HourlyRate), cancellationToken);
    }

    public async Task<EmployeeDetail> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageEmployees, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Employees.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new EmployeeDetail(e.Id, e.Name, e.TaxNumber, e.Department, e.HireDate, e.LeaveDate, e.PayType, e.MonthlySalary, e.HourlyRate, EF.Property<long>(e, RowVersions.Name)))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"There is no employee #{id}.");
    }

    /// <summary>Hires an employee; the same <paramref name="submission"/> (the form's key) never adds a second one.</summary>
    public async Task<int> CreateAsync(EmployeeDetails details, Guid? submission = null, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageEmployees, cancellationToken);
        details.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await submissions.OnceAsync(db, submission, nameof(Employee), async () =>
        {
            await RefuseTakenTaxNumberAsync(db, details, null, cancellationToken);
            var employee = new Employee(details);
            db.Employees.Add(employee);
            await SaveAsync(db, "employee", cancellationToken);
            return employee.Id;
        }, cancellationToken);
    }

    public async Task UpdateAsync(int id, long version, EmployeeDetails details, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageEmployees, cancellationToken);
        details.Validate().ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var employee = await db.Employees.SingleOrDefaultAsync(e => e.Id == id, cancellationToken) ?? throw new NotFoundException($"There is no employee #{id}.");
        await RefuseTakenTaxNumberAsync(db, details, id, cancellationToken);
        db.ExpectRowVersion(employee, version);
        employee.Update(details);
        await SaveAsync(db, "employee", cancellationToken);
    }

    public async Task<IReadOnlyList<TimesheetRow>> TimesheetsAsync(int employeeId, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageEmployees, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sheets = await db.Timesheets.Where(t => t.EmployeeId == employeeId)
            .OrderByDescending(t => t.WeekStart).Take(104).ToListAsync(cancellationToken);
        return sheets.Select(t => new TimesheetRow(t.Id, t.WeekStart, t.Hours, db.RowVersionOf(t))).ToList();
    }

    /// <summary>Records (or corrects) an hourly employee's hours for one week.</summary>
    public async Task SaveTimesheetAsync(int employeeId, DateOnly weekStart, IReadOnlyList<decimal> hours, long? version, CancellationToken cancellationToken = default)
    {
        await guard.DemandAsync(Policies.ManageEmployees, cancellationToken);
        Timesheet.Validate(weekStart, hours).ThrowIfAny();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var employee = await db.Employees.AsNoTracking().SingleOrDefaultAsync(e => e.Id == employeeId, cancellationToken)
            ?? throw new NotFoundException($"There is no employee #{employeeId}.");
        if (employee.PayType != PayType.Hourly)
        {
            throw new DomainException($"{employee.Name} is salaried: timesheets are for hourly staff.");
        }
        var sheet = await db.Timesheets.SingleOrDefaultAsync(t => t.EmployeeId == employeeId && t.WeekStart == weekStart, cancellationToken);
        if (sheet is null)
        {
            db.Timesheets.Add(new Timesheet(employeeId, weekStart, hours));
        }
        else
        {
            if (version is not null)
            {
                db.ExpectRowVersion(sheet, version.Value);
            }
            sheet.Change(hours);
        }
        await SaveAsync(db, "timesheet", cancellationToken);
    }

    private static async Task RefuseTakenTaxNumberAsync(AppDbContext db, EmployeeDetails details, int? exceptId, CancellationToken cancellationToken)
    {
        var taxNumber = details.TaxNumber.Trim().ToUpperInvariant();
        var holder = await db.Employees.Where(e => e.TaxNumber == taxNumber && e.Id != exceptId).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(EmployeeDetails.TaxNumber), $"This tax number already belongs to {holder}."));
        }
    }

    private static async Task SaveAsync(AppDbContext db, string what, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"Someone else changed this {what} since you opened it. Open it again to see their changes.");
        }
        catch (DbUpdateException e) when (e.IsUniqueViolationOf(nameof(Employee.TaxNumber)))
        {
            throw new InvalidInputException(new ValidationErrors().Add(nameof(EmployeeDetails.TaxNumber), "This tax number already belongs to another employee."));
        }
        catch (DbUpdateException e) when (e.IsUniqueViolationOf(nameof(Timesheet.WeekStart)))
        {
            throw new ConcurrencyConflictException("Someone else just entered this week. Open the timesheets again to see their hours.");
        }
    }
}
