using System.Globalization;
using System.Text;

namespace Wijkwerf.Data.Import.Generic;

/// <summary>Streams a CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes; comma, semicolon or pipe)
/// with a header row; accessors name the line and column of a bad value.</summary>
public sealed class CsvTable : IDisposable
{
    private readonly StreamReader _text;
    private readonly char _delimiter;
    private readonly List<string> _fields = [];
    private long _nextLine = 1;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);

    public string Path { get; }

    public CsvTable(string path, params string[] requiredColumns)
    {
        Path = path;
        _text = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        _delimiter = DetectDelimiter(path);
        if (!Read()) throw new BadInputException(path, "line 1", null, "has no header row.");
        for (var i = 0; i < _fields.Count; i++) _columns[_fields[i].Trim()] = i;
        foreach (var c in requiredColumns)
            if (!_columns.ContainsKey(c)) throw new BadInputException(path, "line 1", c, "required column is missing.");
    }

    public static string[] ReadHeader(string path)
    {
        using var t = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var line = t.ReadLine() ?? "";
        return line.Split(DetectDelimiter(path)).Select(h => h.Trim().Trim('"')).ToArray();
    }

    private static char DetectDelimiter(string path)
    {
        using var t = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var line = t.ReadLine() ?? "";
        // Statbel's open-data TXT files separate with '|'.
        return new[] { ',', ';', '|' }.MaxBy(d => line.Count(c => c == d));
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    /// <summary>1-based line number of the current record.</summary>
    public long Line { get; private set; }

    public string Where => $"line {Line}";

    /// <summary>Reads the next record; blank lines are skipped.</summary>
    public bool Read()
    {
        while (true)
        {
            var line = _text.ReadLine();
            if (line is null) return false;
            Line = _nextLine++;
            if (line.Length == 0) continue;
            _fields.Clear();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; ; i++)
            {
                if (i == line.Length)
                {
                    if (!quoted) break;
                    var more = _text.ReadLine() ?? throw new BadInputException(Path, $"line {Line}", null, "a quoted field is not closed.");
                    _nextLine++;
                    field.Append('\n');
                    line = more;
                    i = -1;
                    continue;
                }
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else field.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == _delimiter) { _fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            _fields.Add(field.ToString());
            return true;
        }
    }

    public BadInputException Bad(string column, string problem) => new(Path, Where, column, problem);

    public string? Text(string column)
    {
        if (!_columns.TryGetValue(column, out var i)) return null;
        var v = i < _fields.Count ? _fields[i].Trim() : null;
        return string.IsNullOrEmpty(v) ? null : v;
    }

    public string RequiredText(string column) => Text(column) ?? throw Bad(column, "value is missing.");

    public double? Number(string column)
    {
        var v = Text(column);
        if (v is null) return null;
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)
            ? d
            : throw Bad(column, $"'{v}' is not a number.");
    }

    public double RequiredNumber(string column) => Number(column) ?? throw Bad(column, "value is missing.");

    public void Dispose() => _text.Dispose();
}
