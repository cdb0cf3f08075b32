namespace Wijkwerf.Data.Import;

/// <summary>The input is wrong in a way the user can fix. The message names the file, where in it (layer and feature,
/// line), and the field. Nothing of the import is stored when this is thrown.</summary>
public sealed class BadInputException : Exception
{
    public string File { get; }
    public string? Where { get; }
    public string? Field { get; }
    public string Problem { get; }

    public BadInputException(string file, string? where, string? field, string problem, Exception? inner = null)
        : base(Format(file, where, field, problem), inner)
    {
        File = file;
        Where = where;
        Field = field;
        Problem = problem;
    }

    private static string Format(string file, string? where, string? field, string problem)
    {
        var parts = new List<string> { Path.GetFileName(file) };
        if (!string.IsNullOrEmpty(where)) parts.Add(where);
        if (!string.IsNullOrEmpty(field)) parts.Add($"field '{field}'");
        return $"{string.Join(", ", parts)}: {problem}";
    }
}
