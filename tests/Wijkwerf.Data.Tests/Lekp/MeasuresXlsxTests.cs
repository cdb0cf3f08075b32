using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Import;
using Wijkwerf.Data.Lekp;
using Wijkwerf.Domain.Sources;

namespace Wijkwerf.Data.Tests.Lekp;

public class MeasuresXlsxTests(LekpFixture fixture) : IClassFixture<LekpFixture>
{
    private static readonly object[] Header = ["municipality", "district_code", "werf", "target_key", "title", "quantity", "status", "end_date"];

    /// <summary>A workbook as Excel writes it: text as shared-free inline strings, numbers and date serials as numbers.</summary>
    private static void Write(string path, params object[][] rows)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        uint r = 1;
        foreach (var row in rows)
        {
            var xmlRow = new Row { RowIndex = r };
            var c = 0;
            foreach (var value in row)
            {
                var reference = $"{(char)('A' + c++)}{r}";
                xmlRow.Append(value is string s
                    ? new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(s)) }
                    : new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture)) });
            }
            data.Append(xmlRow);
            r++;
        }
        sheetPart.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Maatregelen" });
        workbook.Workbook.Save();
    }

    [Fact]
    public async Task An_xlsx_measures_list_imports_with_excel_dates()
    {
        await using var database = await fixture.CopyAsync();
        var path = Path.Combine(database.Folder, "maatregelen.xlsx");
        var endDate = new DateTime(2027, 4, 30).ToOADate();
        Write(path, Header, ["13019", "13019W04", "groen", "bomen", "Laanbomen", 24, "planned", endDate]);
        await using var db = await database.OpenAsync();
        (await new ImportService(db).ImportAsync(path)).Kind.ShouldBe(SourceKind.MeasuresXlsx);
        var m = await db.Measures.SingleAsync();
        m.EndDate.ShouldBe(new DateOnly(2027, 4, 30));
        m.Unit.ShouldBe("tree");
        m.Quantity.ShouldBe(24);
    }

    [Fact]
    public async Task A_bad_xlsx_row_is_named_and_nothing_is_stored()
    {
        await using var database = await fixture.CopyAsync();
        var path = Path.Combine(database.Folder, "maatregelen.xlsx");
        Write(path, Header, ["13019", "13019W04", "groen", "bomen", "Laanbomen", 24, "planned", "2027-04-30"],
            ["13019", "13019W04", "groen", "bomen", "Kapbomen", -3, "planned", "2027-04-30"]);
        await using var db = await database.OpenAsync();
        var e = await Should.ThrowAsync<BadInputException>(() => new MeasuresImport(db).ImportAsync(path));
        e.Where.ShouldBe("row 3");
        e.Field.ShouldBe("quantity");
        (await db.Measures.CountAsync()).ShouldBe(0);
    }
}
