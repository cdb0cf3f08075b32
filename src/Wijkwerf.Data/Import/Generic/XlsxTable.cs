using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Wijkwerf.Data.Import.Generic;

/// <summary>One data row of the first worksheet of an XLSX workbook, cells by header name. <see cref="Where"/> is the
/// row number as Excel shows it.</summary>
public sealed record XlsxRow(uint RowNumber, IReadOnlyDictionary<string, string> Cells)
{
    public string Where => $"row {RowNumber}";
}

/// <summary>Reads the first worksheet of an XLSX workbook: the first non-empty row is the header. Plan-sized files
/// only (the sheet is read whole). Columns whose header ends in <c>_date</c> turn Excel date serials into
/// <c>yyyy-mm-dd</c>, so a date typed in Excel and a date typed as text read the same.</summary>
public static class XlsxTable
{
    public static bool LooksLikeZip(ReadOnlySpan<byte> head) => head.Length >= 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4;

    public static IReadOnlyList<XlsxRow> Read(string path, out IReadOnlyList<string> header) => Read(path, null, out header);

    /// <summary>Reads the worksheet named <paramref name="sheetName"/> (case-insensitive; null: the first one).</summary>
    public static IReadOnlyList<XlsxRow> Read(string path, string? sheetName, out IReadOnlyList<string> header)
    {
        SpreadsheetDocument document;
        try { document = SpreadsheetDocument.Open(path, isEditable: false); }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException)
        {
            throw new BadInputException(path, null, null, $"is not a readable XLSX workbook: {e.Message}", e);
        }
        using (document)
        {
            var workbook = document.WorkbookPart ?? throw new BadInputException(path, null, null, "is not an XLSX workbook (no workbook part).");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => sheetName is null || string.Equals(s.Name?.Value, sheetName, StringComparison.OrdinalIgnoreCase))
                        ?? throw new BadInputException(path, null, null, sheetName is null ? "has no worksheet." : $"has no worksheet named '{sheetName}'.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var columns = new Dictionary<int, string>();
            var rows = new List<XlsxRow>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var values = new Dictionary<int, string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var text = CellText(cell, shared);
                    if (!string.IsNullOrWhiteSpace(text)) values[ColumnIndex(cell.CellReference?.Value)] = text.Trim();
                }
                if (values.Count == 0) continue;
                if (columns.Count == 0)
                {
                    foreach (var (i, name) in values) columns[i] = name.ToLowerInvariant();
                    continue;
                }
                var cells = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (i, value) in values)
                {
                    if (!columns.TryGetValue(i, out var name)) continue;
                    cells[name] = name.EndsWith("_date", StringComparison.Ordinal) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                        ? DateOnly.FromDateTime(DateTime.FromOADate(serial)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                        : value;
                }
                rows.Add(new XlsxRow(row.RowIndex?.Value ?? (uint)(rows.Count + 2), cells));
            }
            if (columns.Count == 0) throw new BadInputException(path, "row 1", null, "the first worksheet has no header row.");
            header = columns.Values.ToArray();
            return rows;
        }
    }

    private static string? CellText(Cell cell, string[] shared)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return cell.InlineString?.InnerText;
        var raw = cell.CellValue?.Text;
        if (raw is null) return null;
        if (cell.DataType?.Value == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : null;
        return raw;
    }

    /// <summary><c>C12</c> → 2 (0-based column).</summary>
    private static int ColumnIndex(string? reference)
    {
        var n = 0;
        foreach (var c in reference ?? "A")
        {
            if (!char.IsAsciiLetter(c)) break;
            n = n * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return n - 1;
    }
}
