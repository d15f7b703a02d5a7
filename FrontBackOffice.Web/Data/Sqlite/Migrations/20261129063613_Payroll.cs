using System;
using FrontBackOffice.Web.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Payroll : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Employees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TaxNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    HireDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LeaveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PayType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    MonthlySalary = table.Column<long>(type: "INTEGER", nullable: true),
                    HourlyRate = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employees", x => x.Id);
                    table.CheckConstraint("CK_Employees_Dates", "\"LeaveDate\" IS NULL OR \"LeaveDate\" > \"HireDate\"");
                    table.CheckConstraint("CK_Employees_Pay", "(\"PayType\" = 'Salaried' AND \"MonthlySalary\" > 0) OR (\"PayType\" = 'Hourly' AND \"HourlyRate\" > 0)");
                });

            migrationBuilder.CreateTable(
                name: "PayrollRuns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ComputeJobRunId = table.Column<long>(type: "INTEGER", nullable: true),
                    ComputedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    ComputedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ComputedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Employees = table.Column<int>(type: "INTEGER", nullable: false),
                    Gross = table.Column<long>(type: "INTEGER", nullable: false),
                    IncomeTax = table.Column<long>(type: "INTEGER", nullable: false),
                    EmployeeSocial = table.Column<long>(type: "INTEGER", nullable: false),
                    EmployerSocial = table.Column<long>(type: "INTEGER", nullable: false),
                    Net = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PostedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PostedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailureReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayrollRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Timesheets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    WeekStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Monday = table.Column<long>(type: "INTEGER", nullable: false),
                    Tuesday = table.Column<long>(type: "INTEGER", nullable: false),
                    Wednesday = table.Column<long>(type: "INTEGER", nullable: false),
                    Thursday = table.Column<long>(type: "INTEGER", nullable: false),
                    Friday = table.Column<long>(type: "INTEGER", nullable: false),
                    Saturday = table.Column<long>(type: "INTEGER", nullable: false),
                    Sunday = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Timesheets", x => x.Id);
                    table.CheckConstraint("CK_Timesheets_Hours", "\"Monday\" >= 0 AND \"Tuesday\" >= 0 AND \"Wednesday\" >= 0 AND \"Thursday\" >= 0 AND \"Friday\" >= 0 AND \"Saturday\" >= 0 AND \"Sunday\" >= 0");
                    table.ForeignKey(
                        name: "FK_Timesheets_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Payslips",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployeeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TaxNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Department = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PayType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DaysEmployed = table.Column<int>(type: "INTEGER", nullable: false),
                    DaysInPeriod = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthlySalary = table.Column<long>(type: "INTEGER", nullable: true),
                    HourlyRate = table.Column<long>(type: "INTEGER", nullable: true),
                    SalaryPay = table.Column<long>(type: "INTEGER", nullable: false),
                    RegularHours = table.Column<long>(type: "INTEGER", nullable: false),
                    OvertimeHours = table.Column<long>(type: "INTEGER", nullable: false),
                    RegularPay = table.Column<long>(type: "INTEGER", nullable: false),
                    OvertimePay = table.Column<long>(type: "INTEGER", nullable: false),
                    Gross = table.Column<long>(type: "INTEGER", nullable: false),
                    IncomeTax = table.Column<long>(type: "INTEGER", nullable: false),
                    EmployeeSocial = table.Column<long>(type: "INTEGER", nullable: false),
                    EmployerSocial = table.Column<long>(type: "INTEGER", nullable: false),
                    Net = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Payslips", x => x.Id);
                    table.CheckConstraint("CK_Payslips_Amounts", "\"Net\" >= 0 AND \"Gross\" = \"IncomeTax\" + \"EmployeeSocial\" + \"Net\"");
                    table.ForeignKey(
                        name: "FK_Payslips_Employees_EmployeeId",
                        column: x => x.EmployeeId,
                        principalTable: "Employees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Payslips_PayrollRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "PayrollRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_HireDate_LeaveDate",
                table: "Employees",
                columns: new[] { "HireDate", "LeaveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Employees_Name",
                table: "Employees",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Employees_TaxNumber",
                table: "Employees",
                column: "TaxNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PayrollRuns_OnePerMonth",
                table: "PayrollRuns",
                columns: new[] { "Year", "Month" },
                unique: true,
                filter: "\"State\" <> 'Cancelled'");

            migrationBuilder.CreateIndex(
                name: "IX_Payslips_EmployeeId_Year_Month",
                table: "Payslips",
                columns: new[] { "EmployeeId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Payslips_RunId_EmployeeName",
                table: "Payslips",
                columns: new[] { "RunId", "EmployeeName" });

            migrationBuilder.CreateIndex(
                name: "IX_Timesheets_EmployeeId_WeekStart",
                table: "Timesheets",
                columns: new[] { "EmployeeId", "WeekStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Timesheets_WeekStart",
                table: "Timesheets",
                column: "WeekStart");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Payslips");

            migrationBuilder.DropTable(
                name: "Timesheets");

            migrationBuilder.DropTable(
                name: "PayrollRuns");

            migrationBuilder.DropTable(
                name: "Employees");
        }
    }
}
