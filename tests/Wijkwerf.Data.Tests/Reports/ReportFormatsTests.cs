using Wijkwerf.Data.Import.Generic;
using Wijkwerf.Data.Reports;

namespace Wijkwerf.Data.Tests.Reports;

public sealed class ReportFormatsTests
{
    [Fact]
    public void An_xlsx_export_reads_back_with_its_numbers_text_and_dates()
    {
        var bytes = XlsxWriter.Write(new XlsxSheet("Maatregelen: 2026/27", ["title", "quantity", "start_date"],
        [
            ["Bomen \u0007Kerkstraat <script>", 120, new DateOnly(2026, 3, 1)],
            ["Ontharding", 45.5, null],
        ]));
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            var rows = XlsxTable.Read(path, out var header);
            header.ShouldBe(["title", "quantity", "start_date"]);
            rows.Count.ShouldBe(2);
            rows[0].Cells["title"].ShouldBe("Bomen Kerkstraat <script>");
            rows[0].Cells["quantity"].ShouldBe("120");
            rows[0].Cells["start_date"].ShouldBe("2026-03-01");
            rows[1].Cells["quantity"].ShouldBe("45.5");
            rows[1].Cells.ContainsKey("start_date").ShouldBeFalse();
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Two_sheets_with_one_name_are_refused()
    {
        Should.Throw<ArgumentException>(() => XlsxWriter.Write(new XlsxSheet("A", ["x"], []), new XlsxSheet("a", ["x"], [])))
            .Message.ShouldContain("\"a\"");
    }

    [Fact]
    public async Task A_printed_pdf_holds_the_text_of_its_html()
    {
        var pdf = await ChromiumPdf.PrintAsync("<!doctype html><html lang=nl><meta charset=utf-8><body><h1>Warmteplan Lindenwijk</h1><p>Investering € 1.234.567 — naïef</p></body></html>", TestContext.Current.CancellationToken);
        pdf.AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());
        var text = await PdfText.ExtractAsync(pdf, TestContext.Current.CancellationToken);
        text.ShouldContain("Warmteplan Lindenwijk");
        text.ShouldContain("€ 1.234.567");
        text.ShouldContain("naïef");
    }
}
