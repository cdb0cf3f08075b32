using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wijkwerf.Data.Reports;

/// <summary>One worksheet of an export: a name (Excel allows 31 characters, no <c>[]:*?/\</c>), a header row and
/// data rows. Cell values: numbers (int, long, double, decimal) become numeric cells, <see cref="DateOnly"/> and
/// <see cref="DateTime"/> ISO text, null an empty cell, anything else text.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>Writes XLSX workbooks with DocumentFormat.OpenXml (streaming rows with <see cref="OpenXmlWriter"/>, so a
/// large export is not held as a DOM). Read them back with <see cref="Import.Generic.XlsxTable"/>.</summary>
public static class XlsxWriter
{
    public static byte[] Write(params IEnumerable<XlsxSheet> sheets)
    {
        using var stream = new MemoryStream();
        Write(stream, sheets);
        return stream.ToArray();
    }

    public static void Write(Stream stream, IEnumerable<XlsxSheet> sheets)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var sheetList = new Sheets();
        uint id = 1;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sheet in sheets)
        {
            var name = SheetName(sheet.Name);
            if (!names.Add(name)) throw new ArgumentException($"Two worksheets are named \"{name}\".", nameof(sheets));
            var part = workbookPart.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                uint r = 1;
                WriteRow(writer, r++, sheet.Header.Cast<object?>().ToList());
                foreach (var row in sheet.Rows) WriteRow(writer, r++, row);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            sheetList.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
        }
        workbookPart.Workbook = new Workbook(sheetList);
        workbookPart.Workbook.Save();
    }

    private static void WriteRow(OpenXmlWriter writer, uint index, IReadOnlyList<object?> values)
    {
        writer.WriteStartElement(new Row { RowIndex = index });
        for (var c = 0; c < values.Count; c++)
        {
            var reference = Column(c) + index.ToString(CultureInfo.InvariantCulture);
            var cell = values[c] switch
            {
                null => null,
                int or long or short or double or float or decimal => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.Number,
                    CellValue = new CellValue(Convert.ToDouble(values[c], CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture)),
                },
                var v => new Cell
                {
                    CellReference = reference,
                    DataType = CellValues.InlineString,
                    InlineString = new InlineString(new Text(Text(v)) { Space = SpaceProcessingModeValues.Preserve }),
                },
            };
            if (cell is not null) writer.WriteElement(cell);
        }
        writer.WriteEndElement();
    }

    private static string Text(object value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => StripControl(value.ToString() ?? ""),
    };

    // XML 1.0 cannot hold most control characters; a hostile string must not corrupt the workbook.
    private static string StripControl(string s) => s.Any(ch => ch < 0x20 && ch is not '\t' and not '\n' and not '\r')
        ? new string(s.Where(ch => ch >= 0x20 || ch is '\t' or '\n' or '\r').ToArray())
        : s;

    private static string SheetName(string name)
    {
        var clean = new string(name.Where(ch => "[]:*?/\\".IndexOf(ch) < 0).ToArray()).Trim();
        if (clean.Length == 0) clean = "Sheet";
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }
}
