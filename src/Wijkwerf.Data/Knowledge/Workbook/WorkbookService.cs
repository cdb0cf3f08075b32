using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Knowledge.Notifications;
using Wijkwerf.Data.Reports;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Learning;
using Wijkwerf.Engine.Knowledge.Workbook;

namespace Wijkwerf.Data.Knowledge.Workbook;

public sealed record SectionSummary(int Id, string Title, string? TitleEn, int Version, bool Translated);
public sealed record ChapterView(int Id, int Order, string Title, string? TitleEn, string? Werf, int? ProgrammeId, IReadOnlyList<SectionSummary> Sections);
public sealed record RevisionView(int Id, int SectionId, int Version, string MarkdownNl, string? MarkdownEn, string? Author, string? Note, DateTime CreatedAtUtc);
public sealed record SectionView(int Id, int ChapterId, string Title, string? TitleEn, RevisionView? Current);
public sealed record EditionSummary(int Id, int Number, string Title, DateTime PublishedAtUtc, string? PublishedBy, int Sections);

/// <summary>The living workbook: chapters and sections, each section a versioned Markdown document (NL and EN) with
/// history and line differences; validated breakthroughs cited into a section; published editions frozen (they point at
/// revisions, which never change); export to HTML and PDF in Dutch or English.</summary>
public sealed class WorkbookService(WijkwerfDb db, UnreadNotificationCounts? unread = null)
{
    public const int MaxMarkdown = 200_000;

    public async Task<IReadOnlyList<ChapterView>> ChaptersAsync(CancellationToken ct)
    {
        var chapters = await db.WorkbookChapters.AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync(ct);
        var sections = await db.WorkbookSections.AsNoTracking().OrderBy(s => s.Order).ThenBy(s => s.Id).ToListAsync(ct);
        var translated = await db.WorkbookRevisions.AsNoTracking()
            .Join(db.WorkbookSections, r => new { r.SectionId, r.Version }, s => new { SectionId = s.Id, Version = s.CurrentVersion }, (r, s) => new { r.SectionId, r.MarkdownEn })
            .Where(r => r.MarkdownEn != null && r.MarkdownEn != "").Select(r => r.SectionId).ToListAsync(ct);
        return chapters.Select(c => new ChapterView(c.Id, c.Order, c.Title, c.TitleEn, c.Werf, c.ProgrammeId,
            sections.Where(s => s.ChapterId == c.Id).Select(s => new SectionSummary(s.Id, s.Title, s.TitleEn, s.CurrentVersion, translated.Contains(s.Id))).ToList())).ToList();
    }

    public async Task<WorkbookChapter> AddChapterAsync(string title, string? titleEn, string? werf, int? programmeId, CancellationToken ct)
    {
        var order = await db.WorkbookChapters.Select(c => (int?)c.Order).MaxAsync(ct) ?? 0;
        var chapter = new WorkbookChapter { Title = SafeMarkdown.Check(title, "title", 300), TitleEn = Optional(titleEn, "titleEn"), Werf = werf, ProgrammeId = programmeId, Order = order + 1 };
        db.WorkbookChapters.Add(chapter);
        await db.SaveChangesAsync(ct);
        return chapter;
    }

    /// <summary>Adds a section with its first version.</summary>
    public async Task<WorkbookSection> AddSectionAsync(int chapterId, string title, string? titleEn, string markdownNl, string? markdownEn, string? author, CancellationToken ct)
    {
        if (!await db.WorkbookChapters.AnyAsync(c => c.Id == chapterId, ct)) throw LearningException.NotFound("chapter", chapterId);
        var nl = SafeMarkdown.Check(markdownNl, "markdownNl", MaxMarkdown);
        var en = Optional(markdownEn, "markdownEn", MaxMarkdown);
        var order = await db.WorkbookSections.Where(s => s.ChapterId == chapterId).Select(s => (int?)s.Order).MaxAsync(ct) ?? 0;
        var section = new WorkbookSection { ChapterId = chapterId, Title = SafeMarkdown.Check(title, "title", 300), TitleEn = Optional(titleEn, "titleEn"), Order = order + 1, CurrentVersion = 1 };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.WorkbookSections.Add(section);
        await db.SaveChangesAsync(ct);
        db.WorkbookRevisions.Add(new WorkbookRevision { SectionId = section.Id, Version = 1, MarkdownNl = nl, MarkdownEn = en, Author = author, Note = "first version", CreatedAtUtc = DateTime.UtcNow });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return section;
    }

    /// <summary>Saves a new version of a section. <paramref name="baseVersion"/> (when given) must be the current version,
    /// so two editors never overwrite each other silently.</summary>
    public async Task<RevisionView> SaveAsync(int sectionId, string markdownNl, string? markdownEn, string? note, string? author, int? baseVersion, CancellationToken ct)
    {
        var section = await db.WorkbookSections.FindAsync([sectionId], ct) ?? throw LearningException.NotFound("section", sectionId);
        if (baseVersion is { } b && b != section.CurrentVersion)
            throw new LearningException(Refusal.Conflict, "baseVersion", $"Version {section.CurrentVersion} was saved after version {b} you edited; reload and merge your changes.");
        var revision = new WorkbookRevision
        {
            SectionId = sectionId,
            Version = section.CurrentVersion + 1,
            MarkdownNl = SafeMarkdown.Check(markdownNl, "markdownNl", MaxMarkdown),
            MarkdownEn = Optional(markdownEn, "markdownEn", MaxMarkdown),
            Note = Optional(note, "note", 300),
            Author = author,
            CreatedAtUtc = DateTime.UtcNow,
        };
        section.CurrentVersion = revision.Version;
        db.WorkbookRevisions.Add(revision);
        await db.SaveChangesAsync(ct);
        return View(revision);
    }

    /// <summary>Cites a validated breakthrough into a section: a new version with a quoted block naming it.</summary>
    public async Task<RevisionView> CiteBreakthroughAsync(int sectionId, int breakthroughId, string? author, CancellationToken ct)
    {
        var b = await db.Breakthroughs.AsNoTracking().FirstOrDefaultAsync(x => x.Id == breakthroughId, ct) ?? throw LearningException.NotFound("breakthrough", breakthroughId);
        if (!b.Validated) throw LearningException.Invalid("breakthroughId", $"Breakthrough \"{b.Title}\" is not validated yet; only validated breakthroughs are cited.");
        var current = (await SectionAsync(sectionId, ct)).Current!;
        var nl = $"{current.MarkdownNl.TrimEnd()}\n\n> **Doorbraak:** {b.Title} (werkpunt {b.WorkPointId})\n";
        var en = current.MarkdownEn is { Length: > 0 } e ? $"{e.TrimEnd()}\n\n> **Breakthrough:** {b.TitleEn ?? b.Title} (work point {b.WorkPointId})\n" : null;
        return await SaveAsync(sectionId, nl, en, $"cites breakthrough {b.Id}", author, current.Version, ct);
    }

    public async Task<SectionView> SectionAsync(int sectionId, CancellationToken ct)
    {
        var s = await db.WorkbookSections.AsNoTracking().FirstOrDefaultAsync(x => x.Id == sectionId, ct) ?? throw LearningException.NotFound("section", sectionId);
        var current = await db.WorkbookRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.SectionId == sectionId && r.Version == s.CurrentVersion, ct);
        return new SectionView(s.Id, s.ChapterId, s.Title, s.TitleEn, current is null ? null : View(current));
    }

    public async Task<IReadOnlyList<RevisionView>> HistoryAsync(int sectionId, CancellationToken ct)
    {
        if (!await db.WorkbookSections.AnyAsync(s => s.Id == sectionId, ct)) throw LearningException.NotFound("section", sectionId);
        return (await db.WorkbookRevisions.AsNoTracking().Where(r => r.SectionId == sectionId).OrderByDescending(r => r.Version).ToListAsync(ct)).Select(View).ToList();
    }

    public async Task<IReadOnlyList<DiffLine>> DiffAsync(int sectionId, int from, int to, string language, CancellationToken ct)
    {
        var revisions = await db.WorkbookRevisions.AsNoTracking().Where(r => r.SectionId == sectionId && (r.Version == from || r.Version == to)).ToListAsync(ct);
        string Text(int v) => revisions.FirstOrDefault(r => r.Version == v) is { } r
            ? (language == "en" ? r.MarkdownEn ?? "" : r.MarkdownNl)
            : throw LearningException.Invalid("version", $"Section {sectionId} has no version {v}.");
        return LineDiff.Compare(Text(from), Text(to));
    }

    /// <summary>Publishes an edition: it freezes the current version of every section.</summary>
    public async Task<WorkbookEdition> PublishAsync(string title, string? by, CancellationToken ct)
    {
        var ids = await db.WorkbookRevisions.AsNoTracking()
            .Join(db.WorkbookSections, r => new { r.SectionId, r.Version }, s => new { SectionId = s.Id, Version = s.CurrentVersion }, (r, s) => r.Id)
            .OrderBy(id => id).ToListAsync(ct);
        if (ids.Count == 0) throw LearningException.Invalid("sections", "The workbook has no sections to publish.");
        var number = (await db.WorkbookEditions.Select(e => (int?)e.Number).MaxAsync(ct) ?? 0) + 1;
        var edition = new WorkbookEdition { Number = number, Title = SafeMarkdown.Check(title, "title", 300), RevisionIdsJson = JsonSerializer.Serialize(ids), PublishedAtUtc = DateTime.UtcNow, PublishedBy = by };
        db.WorkbookEditions.Add(edition);
        await db.SaveChangesAsync(ct);
        await new Notifier(db, unread).EditionPublishedAsync(edition, by, ct);
        return edition;
    }

    public async Task<IReadOnlyList<EditionSummary>> EditionsAsync(CancellationToken ct) =>
        (await db.WorkbookEditions.AsNoTracking().OrderByDescending(e => e.Number).ToListAsync(ct))
        .Select(e => new EditionSummary(e.Id, e.Number, e.Title, e.PublishedAtUtc, e.PublishedBy, JsonSerializer.Deserialize<List<int>>(e.RevisionIdsJson)!.Count)).ToList();

    /// <summary>A standalone HTML document of an edition (or of the current draft when <paramref name="editionNumber"/> is
    /// null), in Dutch or English. English falls back to the Dutch text with a visible "not translated" marker.</summary>
    public async Task<string> RenderHtmlAsync(int? editionNumber, string language, CancellationToken ct)
    {
        var en = language == "en";
        List<WorkbookRevision> revisions;
        string title;
        if (editionNumber is { } n)
        {
            var edition = await db.WorkbookEditions.AsNoTracking().FirstOrDefaultAsync(e => e.Number == n, ct) ?? throw LearningException.NotFound("edition", n);
            var ids = JsonSerializer.Deserialize<List<int>>(edition.RevisionIdsJson)!;
            revisions = await db.WorkbookRevisions.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync(ct);
            title = $"{edition.Title} ({(en ? "edition" : "editie")} {edition.Number}, {edition.PublishedAtUtc:yyyy-MM-dd})";
        }
        else
        {
            revisions = await db.WorkbookRevisions.AsNoTracking()
                .Join(db.WorkbookSections, r => new { r.SectionId, r.Version }, s => new { SectionId = s.Id, Version = s.CurrentVersion }, (r, s) => r).ToListAsync(ct);
            title = en ? "Workbook (draft)" : "Werkboek (ontwerp)";
        }
        var bySection = revisions.ToDictionary(r => r.SectionId);
        var chapters = await db.WorkbookChapters.AsNoTracking().OrderBy(c => c.Order).ThenBy(c => c.Id).ToListAsync(ct);
        var sections = await db.WorkbookSections.AsNoTracking().Where(s => bySection.Keys.Contains(s.Id)).OrderBy(s => s.Order).ThenBy(s => s.Id).ToListAsync(ct);
        var notTranslated = en ? "Not translated yet: shown in Dutch." : "";
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{(en ? "en" : "nl")}\"><head><meta charset=\"utf-8\"><title>{E(title)}</title><style>")
            .Append("body{font-family:sans-serif;max-width:46em;margin:2em auto;line-height:1.5;color:#1a1a1a}h1{font-size:1.8em}h2{border-bottom:1px solid #888;margin-top:2em}")
            .Append(".not-translated{background:#fff3cd;color:#5c4400;padding:.2em .5em;font-size:.9em}blockquote{border-left:4px solid #0b6e4f;margin-left:0;padding-left:1em}")
            .Append("</style></head><body>")
            .Append($"<h1>{E(title)}</h1><p>{E(en ? "100 Districts Platform — living workbook for LEKP governments" : "100 Wijken Platform — dynamisch werkboek voor LEKP-besturen")}</p>");
        foreach (var c in chapters)
        {
            var mine = sections.Where(s => s.ChapterId == c.Id).ToList();
            if (mine.Count == 0) continue;
            html.Append($"<h2>{E(Pick(c.Title, c.TitleEn, en))}</h2>");
            foreach (var s in mine)
            {
                var r = bySection[s.Id];
                html.Append($"<section><h3>{E(Pick(s.Title, s.TitleEn, en))}</h3>");
                var text = en && r.MarkdownEn is { Length: > 0 } t ? t : r.MarkdownNl;
                if (en && string.IsNullOrEmpty(r.MarkdownEn)) html.Append($"<p class=\"not-translated\" lang=\"en\">{notTranslated}</p><div lang=\"nl\">");
                html.Append(SafeMarkdown.ToHtml(text));
                if (en && string.IsNullOrEmpty(r.MarkdownEn)) html.Append("</div>");
                html.Append($"<p><small>{(en ? "Version" : "Versie")} {r.Version}</small></p></section>");
            }
        }
        html.Append("</body></html>");
        return html.ToString();
    }

    public async Task<byte[]> RenderPdfAsync(int? editionNumber, string language, CancellationToken ct) =>
        await ChromiumPdf.PrintAsync(await RenderHtmlAsync(editionNumber, language, ct), ct);

    private static string Pick(string nl, string? en, bool english) => english && !string.IsNullOrEmpty(en) ? en : nl;
    private static string E(string s) => WebUtility.HtmlEncode(s);
    private static string? Optional(string? text, string field, int max = 300) => SafeMarkdown.Check(text, field, max, required: false) is { Length: > 0 } v ? v : null;
    private static RevisionView View(WorkbookRevision r) => new(r.Id, r.SectionId, r.Version, r.MarkdownNl, r.MarkdownEn, r.Author, r.Note, r.CreatedAtUtc);
}
