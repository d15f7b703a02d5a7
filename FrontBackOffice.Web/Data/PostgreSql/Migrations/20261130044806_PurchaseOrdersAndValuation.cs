using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace FrontBackOffice.Web.Data.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PurchaseOrdersAndValuation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_GoodsReceipts_Quantity",
                table: "GoodsReceipts");

            migrationBuilder.AddColumn<int>(
                name: "OnHand",
                table: "Products",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<decimal>(
                name: "StockValue",
                table: "Products",
                type: "numeric(19,4)",
                precision: 19,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "PurchaseOrderId",
                table: "GoodsReceipts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "PurchaseOrderLineId",
                table: "GoodsReceipts",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "GoodsReceipts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReceivedOn",
                table: "GoodsReceipts",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<decimal>(
                name: "Value",
                table: "GoodsReceipts",
                type: "numeric(19,4)",
                precision: 19,
                scale: 4,
                nullable: false,
                defaultValue: 0m);

            // Existing stock is valued at the products' unit costs; receipts made before purchase orders were kept are free
            // receipts of their day, at their value.
            migrationBuilder.Sql("""
                UPDATE "Products" p SET "OnHand" = COALESCE((SELECT SUM(l."OnHand") FROM "StockLevels" l WHERE l."ProductId" = p."Id"), 0);
                UPDATE "Products" SET "StockValue" = ROUND("OnHand" * "UnitCost", 2);
                UPDATE "GoodsReceipts" SET "ReceivedOn" = CAST("ReceivedAt" AS date), "Value" = ROUND("Quantity" * "UnitCost", 2),
                    "Reason" = COALESCE("Reason", 'Received before purchase orders were kept');
                """);

            migrationBuilder.CreateTable(
                name: "PurchaseOrders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SupplierId = table.Column<int>(type: "integer", nullable: false),
                    LocationId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OrderedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    NetTotal = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurchaseOrders", x => x.Id);
                    table.CheckConstraint("CK_PurchaseOrders_NetTotal", "\"NetTotal\" >= 0");
                    table.ForeignKey(
                        name: "FK_PurchaseOrders_Locations_LocationId",
                        column: x => x.LocationId,
                        principalTable: "Locations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PurchaseOrders_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PurchaseOrderSequences",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurchaseOrderSequences", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "PurchaseOrderLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    OrderId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Net = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Received = table.Column<int>(type: "integer", nullable: false),
                    ReceivedValue = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Billed = table.Column<int>(type: "integer", nullable: false),
                    BilledReceivedValue = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PurchaseOrderLines", x => x.Id);
                    table.CheckConstraint("CK_PurchaseOrderLines_Quantities", "\"Quantity\" > 0 AND \"UnitPrice\" >= 0 AND \"Received\" >= 0 AND \"Billed\" >= 0 AND \"Billed\" <= \"Received\" AND \"ReceivedValue\" >= 0 AND \"BilledReceivedValue\" >= 0 AND \"BilledReceivedValue\" <= \"ReceivedValue\"");
                    table.ForeignKey(
                        name: "FK_PurchaseOrderLines_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PurchaseOrderLines_PurchaseOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "PurchaseOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupplierBills",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SupplierId = table.Column<int>(type: "integer", nullable: false),
                    PurchaseOrderId = table.Column<int>(type: "integer", nullable: false),
                    SupplierReference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BillDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Net = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Vat = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Gross = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    ReceivedValue = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierBills", x => x.Id);
                    table.CheckConstraint("CK_SupplierBills_Totals", "\"Gross\" = \"Net\" + \"Vat\" AND \"Net\" >= 0 AND \"Vat\" >= 0 AND \"ReceivedValue\" >= 0 AND \"DueDate\" >= \"BillDate\"");
                    table.ForeignKey(
                        name: "FK_SupplierBills_PurchaseOrders_PurchaseOrderId",
                        column: x => x.PurchaseOrderId,
                        principalTable: "PurchaseOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupplierBills_Suppliers_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Suppliers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupplierBillLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BillId = table.Column<int>(type: "integer", nullable: false),
                    OrderLineId = table.Column<int>(type: "integer", nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    UnitPrice = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    VatRate = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Net = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    Vat = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false),
                    ReceivedValue = table.Column<decimal>(type: "numeric(19,4)", precision: 19, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierBillLines", x => x.Id);
                    table.CheckConstraint("CK_SupplierBillLines_Amounts", "\"Quantity\" > 0 AND \"UnitPrice\" >= 0 AND \"Net\" >= 0 AND \"Vat\" >= 0 AND \"VatRate\" >= 0");
                    table.ForeignKey(
                        name: "FK_SupplierBillLines_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupplierBillLines_PurchaseOrderLines_OrderLineId",
                        column: x => x.OrderLineId,
                        principalTable: "PurchaseOrderLines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupplierBillLines_SupplierBills_BillId",
                        column: x => x.BillId,
                        principalTable: "SupplierBills",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "CK_Products_StockValue",
                table: "Products",
                sql: "\"OnHand\" >= 0 AND \"StockValue\" >= 0 AND (\"OnHand\" > 0 OR \"StockValue\" = 0)");

            migrationBuilder.CreateIndex(
                name: "IX_GoodsReceipts_PurchaseOrderId",
                table: "GoodsReceipts",
                column: "PurchaseOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodsReceipts_PurchaseOrderLineId",
                table: "GoodsReceipts",
                column: "PurchaseOrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_GoodsReceipts_ReceivedOn",
                table: "GoodsReceipts",
                column: "ReceivedOn");

            migrationBuilder.AddCheckConstraint(
                name: "CK_GoodsReceipts_Quantity",
                table: "GoodsReceipts",
                sql: "\"Quantity\" > 0 AND \"UnitCost\" >= 0 AND \"Value\" >= 0 AND (\"PurchaseOrderLineId\" IS NOT NULL OR \"Reason\" IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrderLines_OrderId_ProductId",
                table: "PurchaseOrderLines",
                columns: new[] { "OrderId", "ProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrderLines_ProductId",
                table: "PurchaseOrderLines",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrders_CreatedAt",
                table: "PurchaseOrders",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrders_LocationId",
                table: "PurchaseOrders",
                column: "LocationId");

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrders_Number",
                table: "PurchaseOrders",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrders_Status_CreatedAt",
                table: "PurchaseOrders",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PurchaseOrders_SupplierId_CreatedAt",
                table: "PurchaseOrders",
                columns: new[] { "SupplierId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplierBillLines_BillId",
                table: "SupplierBillLines",
                column: "BillId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierBillLines_OrderLineId",
                table: "SupplierBillLines",
                column: "OrderLineId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierBillLines_ProductId",
                table: "SupplierBillLines",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierBills_DueDate",
                table: "SupplierBills",
                column: "DueDate");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierBills_PurchaseOrderId",
                table: "SupplierBills",
                column: "PurchaseOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierBills_RecordedOn",
                table: "SupplierBills",
                column: "RecordedOn");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierBills_SupplierId_SupplierReference",
                table: "SupplierBills",
                columns: new[] { "SupplierId", "SupplierReference" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_GoodsReceipts_PurchaseOrderLines_PurchaseOrderLineId",
                table: "GoodsReceipts",
                column: "PurchaseOrderLineId",
                principalTable: "PurchaseOrderLines",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_GoodsReceipts_PurchaseOrders_PurchaseOrderId",
                table: "GoodsReceipts",
                column: "PurchaseOrderId",
                principalTable: "PurchaseOrders",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            PostgreSqlSearchIndexes.Create(migrationBuilder, ("PurchaseOrders", "Number"), ("SupplierBills", "SupplierReference"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_GoodsReceipts_PurchaseOrderLines_PurchaseOrderLineId",
                table: "GoodsReceipts");

            migrationBuilder.DropForeignKey(
                name: "FK_GoodsReceipts_PurchaseOrders_PurchaseOrderId",
                table: "GoodsReceipts");

            migrationBuilder.DropTable(
                name: "PurchaseOrderSequences");

            migrationBuilder.DropTable(
                name: "SupplierBillLines");

            migrationBuilder.DropTable(
                name: "PurchaseOrderLines");

            migrationBuilder.DropTable(
                name: "SupplierBills");

            migrationBuilder.DropTable(
                name: "PurchaseOrders");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Products_StockValue",
                table: "Products");

            migrationBuilder.DropIndex(
                name: "IX_GoodsReceipts_PurchaseOrderId",
                table: "GoodsReceipts");

            migrationBuilder.DropIndex(
                name: "IX_GoodsReceipts_PurchaseOrderLineId",
                table: "GoodsReceipts");

            migrationBuilder.DropIndex(
                name: "IX_GoodsReceipts_ReceivedOn",
                table: "GoodsReceipts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_GoodsReceipts_Quantity",
                table: "GoodsReceipts");

            migrationBuilder.DropColumn(
                name: "OnHand",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "StockValue",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "PurchaseOrderId",
                table: "GoodsReceipts");

            migrationBuilder.DropColumn(
                name: "PurchaseOrderLineId",
                table: "GoodsReceipts");

            migrationBuilder.DropColumn(
                name: "Reason",
                table: "GoodsReceipts");

            migrationBuilder.DropColumn(
                name: "ReceivedOn",
                table: "GoodsReceipts");

            migrationBuilder.DropColumn(
                name: "Value",
                table: "GoodsReceipts");

            migrationBuilder.AddCheckConstraint(
                name: "CK_GoodsReceipts_Quantity",
                table: "GoodsReceipts",
                sql: "\"Quantity\" > 0 AND \"UnitCost\" >= 0");
        }
    }
}
