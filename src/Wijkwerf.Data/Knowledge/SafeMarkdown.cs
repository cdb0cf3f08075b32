using System.Text.RegularExpressions;
using Markdig;

namespace Wijkwerf.Data.Knowledge;

/// <summary>User Markdown (lessons, workbook sections, reviews) checked and rendered safely: raw HTML is never passed
/// through (Markdig's DisableHtml escapes it), and a text carrying a script, an event handler or a script URL is
/// refused outright rather than silently cleaned, so the author sees what was wrong. No generic-attributes extension:
/// it would let <c>{onclick=...}</c> through.</summary>
public static partial class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().UseEmphasisExtras().UseAutoLinks().Build();

    [GeneratedRegex(@"<\s*/?\s*(script|iframe|object|embed)\b|\bon[a-z]+\s*=|(java|vb)script\s*:|data\s*:\s*text/html", RegexOptions.IgnoreCase)]
    private static partial Regex Dangerous();

    /// <summary>Throws <see cref="LearningException"/> (field named) when the text is empty (if required), too long, or carries script.</summary>
    public static string Check(string? text, string field, int maxLength, bool required = true)
    {
        var value = (text ?? "").Trim();
        if (required && value.Length == 0) throw LearningException.Invalid(field, $"{field} is empty.");
        if (value.Length > maxLength) throw LearningException.Invalid(field, $"{field} is longer than {maxLength} characters.");
        if (Dangerous().Match(value) is { Success: true } m)
            throw LearningException.Invalid(field, $"{field} contains a script (\"{m.Value.Trim()}\"); scripts are not allowed in texts. Nothing was saved.");
        return value;
    }

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);
}
