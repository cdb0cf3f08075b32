using System.Diagnostics;

namespace Wijkwerf.Data.Reports;

/// <summary>Prints an HTML document to PDF with the system Chromium (<c>--headless --print-to-pdf</c>): every report
/// (heat, council plan, workbook ...) is one self-contained HTML page with print CSS, so the PDF shows what the page
/// shows. QuestPDF is not available here (DESIGN.md §4). The executable is <c>WIJKWERF_CHROMIUM</c>, else
/// /usr/bin/chromium, else the first of chromium, chromium-browser, google-chrome on the PATH.</summary>
public static class ChromiumPdf
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-pdf-header-footer", "--no-first-run", "--disable-extensions",
    ];

    /// <summary>The Chromium executable, or null when none is installed.</summary>
    public static string? Executable()
    {
        var configured = Environment.GetEnvironmentVariable("WIJKWERF_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured)) return File.Exists(configured) ? configured : null;
        if (File.Exists("/usr/bin/chromium")) return "/usr/bin/chromium";
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
                if (File.Exists(Path.Combine(dir, name))) return Path.Combine(dir, name);
        return null;
    }

    /// <summary>Prints <paramref name="html"/> (a whole document; relative URLs do not resolve, so inline styles and
    /// images) to PDF bytes.</summary>
    /// <exception cref="InvalidOperationException">No Chromium, or Chromium failed: the message says which.</exception>
    public static async Task<byte[]> PrintAsync(string html, CancellationToken ct = default)
    {
        var exe = Executable() ?? throw new InvalidOperationException(
            "PDF export needs Chromium: install it (apt-get install chromium) or set WIJKWERF_CHROMIUM to its path.");
        var dir = Directory.CreateTempSubdirectory("wijkwerf-pdf-");
        try
        {
            var input = Path.Combine(dir.FullName, "report.html");
            var output = Path.Combine(dir.FullName, "report.pdf");
            await File.WriteAllTextAsync(input, html, ct);
            var start = new ProcessStartInfo(exe)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var flag in Flags) start.ArgumentList.Add(flag);
            start.ArgumentList.Add($"--user-data-dir={Path.Combine(dir.FullName, "profile")}");
            start.ArgumentList.Add($"--print-to-pdf={output}");
            start.ArgumentList.Add(new Uri(input).AbsoluteUri);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {exe}.");
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            try { await process.WaitForExitAsync(timeout.Token); }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }
            if (process.ExitCode != 0 || !File.Exists(output))
                throw new InvalidOperationException($"Chromium ({exe}) could not print the report (exit {process.ExitCode}): {Tail(await stderr)}");
            return await File.ReadAllBytesAsync(output, ct);
        }
        finally
        {
            try { dir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string Tail(string s) => s.Length <= 600 ? s.Trim() : s[^600..].Trim();
}

/// <summary>The text of a PDF, through poppler's <c>pdftotext</c> (Debian package poppler-utils): how tests read a
/// report back to check it holds the figures the page shows.</summary>
public static class PdfText
{
    public static async Task<string> ExtractAsync(byte[] pdf, CancellationToken ct = default)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf, ct);
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-layout");
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("-");
            Process process;
            try { process = Process.Start(start)!; }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("Reading a PDF back needs pdftotext: apt-get install poppler-utils.", e);
            }
            using (process)
            {
                var text = await process.StandardOutput.ReadToEndAsync(ct);
                var err = await process.StandardError.ReadToEndAsync(ct);
                await process.WaitForExitAsync(ct);
                if (process.ExitCode != 0) throw new InvalidOperationException($"pdftotext failed (exit {process.ExitCode}): {err.Trim()}");
                return text;
            }
        }
        finally { File.Delete(file); }
    }
}
