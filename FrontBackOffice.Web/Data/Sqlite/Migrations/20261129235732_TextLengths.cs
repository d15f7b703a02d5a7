using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FrontBackOffice.Web.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TextLengths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddCheckConstraint(
                name: "CK_StockMovements_SourceType_Length",
                table: "StockMovements",
                sql: "length(\"SourceType\") <= 40");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SalesOrders_CreatedBy_Length",
                table: "SalesOrders",
                sql: "length(\"CreatedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_SalesOrders_InvoiceNumber_Length",
                table: "SalesOrders",
                sql: "length(\"InvoiceNumber\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Products_Name_Length",
                table: "Products",
                sql: "length(\"Name\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Products_Sku_Length",
                table: "Products",
                sql: "length(\"Sku\") <= 40");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Payslips_Department_Length",
                table: "Payslips",
                sql: "length(\"Department\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Payslips_EmployeeName_Length",
                table: "Payslips",
                sql: "length(\"EmployeeName\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Payslips_TaxNumber_Length",
                table: "Payslips",
                sql: "length(\"TaxNumber\") <= 32");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PayrollRuns_ApprovedBy_Length",
                table: "PayrollRuns",
                sql: "length(\"ApprovedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PayrollRuns_ComputedBy_Length",
                table: "PayrollRuns",
                sql: "length(\"ComputedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PayrollRuns_ComputedById_Length",
                table: "PayrollRuns",
                sql: "length(\"ComputedById\") <= 450");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PayrollRuns_CreatedBy_Length",
                table: "PayrollRuns",
                sql: "length(\"CreatedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PayrollRuns_FailureReason_Length",
                table: "PayrollRuns",
                sql: "length(\"FailureReason\") <= 2000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_PayrollRuns_PostedBy_Length",
                table: "PayrollRuns",
                sql: "length(\"PostedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_Code_Length",
                table: "Locations",
                sql: "length(\"Code\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Locations_Name_Length",
                table: "Locations",
                sql: "length(\"Name\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JournalLines_AccountCode_Length",
                table: "JournalLines",
                sql: "length(\"AccountCode\") <= 10");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JournalEntries_Description_Length",
                table: "JournalEntries",
                sql: "length(\"Description\") <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JournalEntries_PostedBy_Length",
                table: "JournalEntries",
                sql: "length(\"PostedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JournalEntries_SourceType_Length",
                table: "JournalEntries",
                sql: "length(\"SourceType\") <= 40");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobRuns_Error_Length",
                table: "JobRuns",
                sql: "length(\"Error\") <= 4000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobRuns_HangfireJobId_Length",
                table: "JobRuns",
                sql: "length(\"HangfireJobId\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobRuns_JobType_Length",
                table: "JobRuns",
                sql: "length(\"JobType\") <= 40");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobRuns_Parameters_Length",
                table: "JobRuns",
                sql: "length(\"Parameters\") <= 2000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobRuns_StartedBy_Length",
                table: "JobRuns",
                sql: "length(\"StartedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobRuns_StartedById_Length",
                table: "JobRuns",
                sql: "length(\"StartedById\") <= 450");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobRuns_Subject_Length",
                table: "JobRuns",
                sql: "length(\"Subject\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_JobRuns_Summary_Length",
                table: "JobRuns",
                sql: "length(\"Summary\") <= 4000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_GoodsReceipts_ReceivedBy_Length",
                table: "GoodsReceipts",
                sql: "length(\"ReceivedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_GoodsReceipts_Reference_Length",
                table: "GoodsReceipts",
                sql: "length(\"Reference\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Employees_Department_Length",
                table: "Employees",
                sql: "length(\"Department\") <= 100");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Employees_Name_Length",
                table: "Employees",
                sql: "length(\"Name\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Employees_TaxNumber_Length",
                table: "Employees",
                sql: "length(\"TaxNumber\") <= 32");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Customers_BillingAddress_Length",
                table: "Customers",
                sql: "length(\"BillingAddress\") <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Customers_DeliveryAddress_Length",
                table: "Customers",
                sql: "length(\"DeliveryAddress\") <= 500");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Customers_Email_Length",
                table: "Customers",
                sql: "length(\"Email\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Customers_Name_Length",
                table: "Customers",
                sql: "length(\"Name\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Customers_Notes_Length",
                table: "Customers",
                sql: "length(\"Notes\") <= 4000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Customers_Phone_Length",
                table: "Customers",
                sql: "length(\"Phone\") <= 64");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Customers_TaxNumber_Length",
                table: "Customers",
                sql: "length(\"TaxNumber\") <= 32");

            migrationBuilder.AddCheckConstraint(
                name: "CK_CountSessions_OpenedBy_Length",
                table: "CountSessions",
                sql: "length(\"OpenedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_CountSessions_PostedBy_Length",
                table: "CountSessions",
                sql: "length(\"PostedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_CountSessions_SubmittedBy_Length",
                table: "CountSessions",
                sql: "length(\"SubmittedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_CountLines_ApprovedBy_Length",
                table: "CountLines",
                sql: "length(\"ApprovedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_CountLines_ProductName_Length",
                table: "CountLines",
                sql: "length(\"ProductName\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_CountLines_Sku_Length",
                table: "CountLines",
                sql: "length(\"Sku\") <= 40");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Complaints_Answer_Length",
                table: "Complaints",
                sql: "length(\"Answer\") <= 4000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Complaints_AssignedToId_Length",
                table: "Complaints",
                sql: "length(\"AssignedToId\") <= 450");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Complaints_AssignedToName_Length",
                table: "Complaints",
                sql: "length(\"AssignedToName\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Complaints_OpenedBy_Length",
                table: "Complaints",
                sql: "length(\"OpenedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Complaints_Subject_Length",
                table: "Complaints",
                sql: "length(\"Subject\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Complaints_Team_Length",
                table: "Complaints",
                sql: "length(\"Team\") <= 20");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Complaints_Text_Length",
                table: "Complaints",
                sql: "length(\"Text\") <= 4000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ComplaintEvents_ActorId_Length",
                table: "ComplaintEvents",
                sql: "length(\"ActorId\") <= 450");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ComplaintEvents_ActorName_Length",
                table: "ComplaintEvents",
                sql: "length(\"ActorName\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ComplaintEvents_Text_Length",
                table: "ComplaintEvents",
                sql: "length(\"Text\") <= 4000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_ClosedDays_ClosedBy_Length",
                table: "ClosedDays",
                sql: "length(\"ClosedBy\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditLog_ActorId_Length",
                table: "AuditLog",
                sql: "length(\"ActorId\") <= 450");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditLog_ActorName_Length",
                table: "AuditLog",
                sql: "length(\"ActorName\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditLog_RemoteAddress_Length",
                table: "AuditLog",
                sql: "length(\"RemoteAddress\") <= 64");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditLog_Subject_Length",
                table: "AuditLog",
                sql: "length(\"Subject\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AuditLog_Text_Length",
                table: "AuditLog",
                sql: "length(\"Text\") <= 2000");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AspNetUsers_DisplayName_Length",
                table: "AspNetUsers",
                sql: "length(\"DisplayName\") <= 200");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AspNetUsers_Email_Length",
                table: "AspNetUsers",
                sql: "length(\"Email\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AspNetUsers_NormalizedEmail_Length",
                table: "AspNetUsers",
                sql: "length(\"NormalizedEmail\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AspNetUsers_NormalizedUserName_Length",
                table: "AspNetUsers",
                sql: "length(\"NormalizedUserName\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AspNetUsers_UserName_Length",
                table: "AspNetUsers",
                sql: "length(\"UserName\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AspNetRoles_Name_Length",
                table: "AspNetRoles",
                sql: "length(\"Name\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_AspNetRoles_NormalizedName_Length",
                table: "AspNetRoles",
                sql: "length(\"NormalizedName\") <= 256");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Accounts_Code_Length",
                table: "Accounts",
                sql: "length(\"Code\") <= 10");

            migrationBuilder.AddCheckConstraint(
                name: "CK_Accounts_Name_Length",
                table: "Accounts",
                sql: "length(\"Name\") <= 100");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "CK_StockMovements_SourceType_Length",
                table: "StockMovements");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SalesOrders_CreatedBy_Length",
                table: "SalesOrders");

            migrationBuilder.DropCheckConstraint(
                name: "CK_SalesOrders_InvoiceNumber_Length",
                table: "SalesOrders");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Products_Name_Length",
                table: "Products");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Products_Sku_Length",
                table: "Products");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Payslips_Department_Length",
                table: "Payslips");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Payslips_EmployeeName_Length",
                table: "Payslips");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Payslips_TaxNumber_Length",
                table: "Payslips");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PayrollRuns_ApprovedBy_Length",
                table: "PayrollRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PayrollRuns_ComputedBy_Length",
                table: "PayrollRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PayrollRuns_ComputedById_Length",
                table: "PayrollRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PayrollRuns_CreatedBy_Length",
                table: "PayrollRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PayrollRuns_FailureReason_Length",
                table: "PayrollRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_PayrollRuns_PostedBy_Length",
                table: "PayrollRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_Code_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Locations_Name_Length",
                table: "Locations");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JournalLines_AccountCode_Length",
                table: "JournalLines");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JournalEntries_Description_Length",
                table: "JournalEntries");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JournalEntries_PostedBy_Length",
                table: "JournalEntries");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JournalEntries_SourceType_Length",
                table: "JournalEntries");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JobRuns_Error_Length",
                table: "JobRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JobRuns_HangfireJobId_Length",
                table: "JobRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JobRuns_JobType_Length",
                table: "JobRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JobRuns_Parameters_Length",
                table: "JobRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JobRuns_StartedBy_Length",
                table: "JobRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JobRuns_StartedById_Length",
                table: "JobRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JobRuns_Subject_Length",
                table: "JobRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_JobRuns_Summary_Length",
                table: "JobRuns");

            migrationBuilder.DropCheckConstraint(
                name: "CK_GoodsReceipts_ReceivedBy_Length",
                table: "GoodsReceipts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_GoodsReceipts_Reference_Length",
                table: "GoodsReceipts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Employees_Department_Length",
                table: "Employees");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Employees_Name_Length",
                table: "Employees");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Employees_TaxNumber_Length",
                table: "Employees");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Customers_BillingAddress_Length",
                table: "Customers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Customers_DeliveryAddress_Length",
                table: "Customers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Customers_Email_Length",
                table: "Customers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Customers_Name_Length",
                table: "Customers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Customers_Notes_Length",
                table: "Customers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Customers_Phone_Length",
                table: "Customers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Customers_TaxNumber_Length",
                table: "Customers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_CountSessions_OpenedBy_Length",
                table: "CountSessions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_CountSessions_PostedBy_Length",
                table: "CountSessions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_CountSessions_SubmittedBy_Length",
                table: "CountSessions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_CountLines_ApprovedBy_Length",
                table: "CountLines");

            migrationBuilder.DropCheckConstraint(
                name: "CK_CountLines_ProductName_Length",
                table: "CountLines");

            migrationBuilder.DropCheckConstraint(
                name: "CK_CountLines_Sku_Length",
                table: "CountLines");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Complaints_Answer_Length",
                table: "Complaints");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Complaints_AssignedToId_Length",
                table: "Complaints");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Complaints_AssignedToName_Length",
                table: "Complaints");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Complaints_OpenedBy_Length",
                table: "Complaints");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Complaints_Subject_Length",
                table: "Complaints");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Complaints_Team_Length",
                table: "Complaints");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Complaints_Text_Length",
                table: "Complaints");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ComplaintEvents_ActorId_Length",
                table: "ComplaintEvents");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ComplaintEvents_ActorName_Length",
                table: "ComplaintEvents");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ComplaintEvents_Text_Length",
                table: "ComplaintEvents");

            migrationBuilder.DropCheckConstraint(
                name: "CK_ClosedDays_ClosedBy_Length",
                table: "ClosedDays");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditLog_ActorId_Length",
                table: "AuditLog");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditLog_ActorName_Length",
                table: "AuditLog");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditLog_RemoteAddress_Length",
                table: "AuditLog");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditLog_Subject_Length",
                table: "AuditLog");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AuditLog_Text_Length",
                table: "AuditLog");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AspNetUsers_DisplayName_Length",
                table: "AspNetUsers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AspNetUsers_Email_Length",
                table: "AspNetUsers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AspNetUsers_NormalizedEmail_Length",
                table: "AspNetUsers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AspNetUsers_NormalizedUserName_Length",
                table: "AspNetUsers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AspNetUsers_UserName_Length",
                table: "AspNetUsers");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AspNetRoles_Name_Length",
                table: "AspNetRoles");

            migrationBuilder.DropCheckConstraint(
                name: "CK_AspNetRoles_NormalizedName_Length",
                table: "AspNetRoles");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Accounts_Code_Length",
                table: "Accounts");

            migrationBuilder.DropCheckConstraint(
                name: "CK_Accounts_Name_Length",
                table: "Accounts");
        }
    }
}
