using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace FrontBackOffice.Web.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class WorkOrdersAndPlanning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReplenishmentProposals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RunId = table.Column<long>(type: "bigint", nullable: false),
                    ProductId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    SupplierId = table.Column<int>(type: "int", nullable: true),
                    ReorderLevel = table.Column<int>(type: "int", nullable: false),
                    Available = table.Column<int>(type: "int", nullable: false),
                    Incoming = table.Column<int>(type: "int", nullable: false),
                    Demand = table.Column<int>(type: "int", nullable: false),
                    ProposedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AcceptedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    AcceptedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DocumentNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplenishmentProposals", x => x.Id);
                    table.CheckConstraint("CK_ReplenishmentProposals_Quantity", "\"Quantity\" > 0");
                    table.ForeignKey(
                        name: "FK_ReplenishmentProposals_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReplenishmentProposals_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ProductId = table.Column<int>(type: "int", nullable: false),
                    LocationId = table.Column<int>(type: "int", nullable: false),
                    Quantity = table.Column<int>(type: "int", nullable: false),
                    BomId = table.Column<int>(type: "int", nullable: false),
                    BomVersion = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReleasedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    StartedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DoneAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DoneOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Produced = table.Column<int>(type: "int", nullable: false),
                    Scrapped = table.Column<int>(type: "int", nullable: false),
                    MaterialValue = table.Column<decimal>(type: "decimal(19,4)", precision: 19, scale: 4, nullable: false),
                    LabourValue = table.Column<decimal>(type: "decimal(19,4)", precision: 19, scale: 4, nullable: false),
                    FinishedValue = table.Column<decimal>(type: "decimal(19,4)", precision: 19, scale: 4, nullable: false),
                    Version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkOrders", x => x.Id);
                    table.CheckConstraint("CK_WorkOrders_Quantities", "\"Quantity\" > 0 AND \"Produced\" >= 0 AND \"Scrapped\" >= 0 AND \"Produced\" + \"Scrapped\" <= \"Quantity\" AND \"MaterialValue\" >= 0 AND \"LabourValue\" >= 0 AND \"FinishedValue\" >= 0 AND \"FinishedValue\" <= \"MaterialValue\" + \"LabourValue\"");
                    table.ForeignKey(
                        name: "FK_WorkOrders_BillsOfMaterials_BomId",
                        column: x => x.BomId,
                        principalTable: "BillsOfMaterials",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkOrders_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkOrders_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WorkOrderSequences",
                columns: table => new
                {
                    Year = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<byte[]>(type: "rowversion", rowVersion: true, nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkOrderSequences", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "WorkOrderComponents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ComponentId = table.Column<int>(type: "int", nullable: false),
                    Required = table.Column<int>(type: "int", nullable: false),
                    Consumed = table.Column<int>(type: "int", nullable: false),
                    ConsumedValue = table.Column<decimal>(type: "decimal(19,4)", precision: 19, scale: 4, nullable: false),
                    WorkOrderId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkOrderComponents", x => x.Id);
                    table.CheckConstraint("CK_WorkOrderComponents_Quantities", "\"Required\" > 0 AND \"Consumed\" >= 0 AND \"Consumed\" <= \"Required\" AND \"ConsumedValue\" >= 0");
                    table.ForeignKey(
                        name: "FK_WorkOrderComponents_Products_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_WorkOrderComponents_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "Accounts",
                columns: new[] { "Code", "Name", "Type" },
                values: new object[,]
                {
                    { "1350", "Work in progress", "Asset" },
                    { "5300", "Production variance", "Expense" },
                    { "6200", "Labour and overhead applied to production", "Expense" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReplenishmentProposals_ProductId",
                table: "ReplenishmentProposals",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_ReplenishmentProposals_RunId_ProductId",
                table: "ReplenishmentProposals",
                columns: new[] { "RunId", "ProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReplenishmentProposals_Status_Kind_SupplierId",
                table: "ReplenishmentProposals",
                columns: new[] { "Status", "Kind", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_ReplenishmentProposals_SupplierId",
                table: "ReplenishmentProposals",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderComponents_ComponentId",
                table: "WorkOrderComponents",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderComponents_WorkOrderId_ComponentId",
                table: "WorkOrderComponents",
                columns: new[] { "WorkOrderId", "ComponentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_BomId",
                table: "WorkOrders",
                column: "BomId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_DoneOn",
                table: "WorkOrders",
                column: "DoneOn");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_LocationId",
                table: "WorkOrders",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_Number",
                table: "WorkOrders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_ProductId_Status",
                table: "WorkOrders",
                columns: new[] { "ProductId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_Status_CreatedAt",
                table: "WorkOrders",
                columns: new[] { "Status", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReplenishmentProposals");

            migrationBuilder.DropTable(
                name: "WorkOrderComponents");

            migrationBuilder.DropTable(
                name: "WorkOrderSequences");

            migrationBuilder.DropTable(
                name: "WorkOrders");

            migrationBuilder.DeleteData(
                table: "Accounts",
                keyColumn: "Code",
                keyValue: "1350");

            migrationBuilder.DeleteData(
                table: "Accounts",
                keyColumn: "Code",
                keyValue: "5300");

            migrationBuilder.DeleteData(
                table: "Accounts",
                keyColumn: "Code",
                keyValue: "6200");
        }
    }
}
