using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Storage;
using Wijkwerf.Engine.Knowledge.Search;

namespace Wijkwerf.Data.Knowledge.Search;

/// <summary>Search across drempels and lessen, workbook sections, programmes (with their questions), work points and
/// cases. The index is built from the database on the first search after a change (<see cref="Invalidate"/>), so a
/// search never reads half-written content; one index per web node.</summary>
public sealed class LearningSearch : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private KnowledgeIndex? index;
    private volatile bool stale = true;

    public void Invalidate() => stale = true;

    public async Task<SearchResult> SearchAsync(WijkwerfDb db, SearchQuery query, CancellationToken ct)
    {
        if (stale || index is null)
        {
            await gate.WaitAsync(ct);
            try
            {
                if (stale || index is null)
                {
                    stale = false;
                    var fresh = KnowledgeIndex.Build(await DocumentsAsync(db, ct));
                    var old = index;
                    index = fresh;
                    old?.Dispose();
                }
            }
            finally { gate.Release(); }
        }
        return index.Search(query);
    }

    public static async Task<List<SearchDocument>> DocumentsAsync(WijkwerfDb db, CancellationToken ct)
    {
        var municipalities = await db.Municipalities.AsNoTracking().Select(m => new { m.Id, m.Name }).ToDictionaryAsync(m => m.Id, m => m.Name, ct);
        var programmes = await db.WorkProgrammes.AsNoTracking().ToListAsync(ct);
        var programmeTitle = programmes.ToDictionary(p => p.Id, p => p.Title);
        string? M(int? id) => id is { } i ? municipalities.GetValueOrDefault(i) : null;
        string? P(int? id) => id is { } i ? programmeTitle.GetValueOrDefault(i) : null;
        var docs = new List<SearchDocument>();

        foreach (var d in await db.Drempels.AsNoTracking().ToListAsync(ct))
            docs.Add(new($"drempel:{d.Id}", "drempel", d.Title, $"{d.TitleEn}\n{d.Text}\n{d.TextEn}", d.Werven.Split(',', StringSplitOptions.RemoveEmptyEntries),
                d.Kind.ToString(), M(d.MunicipalityId), P(d.ProgrammeId), d.Hidden));

        var questions = await db.ProgrammeQuestions.AsNoTracking().ToListAsync(ct);
        foreach (var p in programmes)
            docs.Add(new($"programme:{p.Id}", "programme", p.Title, string.Join("\n", new[] { p.TitleEn, p.Goal, p.GoalEn }
                .Concat(questions.Where(q => q.ProgrammeId == p.Id).SelectMany(q => new[] { q.Text, q.TextEn }))), Programme: p.Title));

        foreach (var w in await db.WorkPoints.AsNoTracking().ToListAsync(ct))
            docs.Add(new($"workpoint:{w.Id}", "workpoint", w.Title, $"{w.TitleEn}\n{w.Description}\n{w.BindingTerms.Replace(',', ' ')}", Programme: P(w.ProgrammeId)));

        foreach (var c in await db.Cases.AsNoTracking().ToListAsync(ct))
            docs.Add(new($"case:{c.Id}", "case", c.Title, $"{c.TitleEn}\n{c.Summary}\n{c.SummaryEn}", Municipality: M(c.MunicipalityId)));

        var chapters = await db.WorkbookChapters.AsNoTracking().ToDictionaryAsync(c => c.Id, ct);
        var current = await db.WorkbookRevisions.AsNoTracking()
            .Join(db.WorkbookSections, r => new { r.SectionId, r.Version }, s => new { SectionId = s.Id, Version = s.CurrentVersion }, (r, s) => new { s.Id, s.Title, s.TitleEn, s.ChapterId, r.MarkdownNl, r.MarkdownEn })
            .ToListAsync(ct);
        foreach (var s in current)
        {
            var chapter = chapters[s.ChapterId];
            docs.Add(new($"section:{s.Id}", "workbook", s.Title, $"{s.TitleEn}\n{chapter.Title}\n{s.MarkdownNl}\n{s.MarkdownEn}",
                chapter.Werf is { } w ? [w] : null, Programme: P(chapter.ProgrammeId)));
        }
        return docs;
    }

    public void Dispose()
    {
        index?.Dispose();
        gate.Dispose();
    }
}
