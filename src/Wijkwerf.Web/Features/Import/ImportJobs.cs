using System.Collections.Concurrent;
using System.Threading.Channels;
using Wijkwerf.Data.Import;

namespace Wijkwerf.Web.Features.Import;

public enum ImportJobState { Queued, Running, Succeeded, Failed }

/// <summary>One uploaded file on its way through <see cref="ImportService"/>.</summary>
public sealed class ImportJob(Guid id, string fileName, string path, string? userName)
{
    private readonly Lock gate = new();
    public Guid Id { get; } = id;
    public string FileName { get; } = fileName;
    internal string Path { get; } = path;
    public string? UserName { get; } = userName;
    public DateTimeOffset QueuedAt { get; } = DateTimeOffset.UtcNow;
    public ImportJobState State { get; private set; } = ImportJobState.Queued;
    public ImportProgress? Progress { get; private set; }
    public ImportOutcome? Outcome { get; private set; }
    /// <summary>The <see cref="BadInputException"/> message (names file, place and field), or a generic one.</summary>
    public string? Error { get; private set; }

    internal void Report(ImportProgress p) { lock (gate) Progress = p; }
    internal void Start() { lock (gate) State = ImportJobState.Running; }
    internal void Succeed(ImportOutcome o) { lock (gate) { Outcome = o; State = ImportJobState.Succeeded; } }
    internal void Fail(string error) { lock (gate) { Error = error; State = ImportJobState.Failed; } }

    public object ToJson() => new
    {
        id = Id,
        file = FileName,
        state = State.ToString().ToLowerInvariant(),
        queuedAt = QueuedAt,
        progress = Progress is { } p ? new { phase = p.Phase, done = p.Done, total = p.Total } : null,
        outcome = Outcome is { } o ? new { kind = o.Kind.ToString(), features = o.Features, replaced = o.Replaced, seconds = o.Duration.TotalSeconds } : null,
        error = Error,
    };
}

/// <summary>The import queue of this web node. Imports run one at a time (they write in one transaction each).
/// Jobs live in memory: with several web nodes, poll the node that accepted the upload.</summary>
public sealed class ImportJobs
{
    private readonly ConcurrentDictionary<Guid, ImportJob> jobs = new();
    private readonly Channel<ImportJob> queue = Channel.CreateUnbounded<ImportJob>();
    private readonly string folder;

    public ImportJobs(IConfiguration config)
    {
        folder = config["Wijkwerf:Uploads"] is { Length: > 0 } f ? f : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wijkwerf-uploads");
    }

    public ImportJob? Find(Guid id) => jobs.GetValueOrDefault(id);

    /// <summary>Saves the upload under its own file name (the importer recognises a re-import by name) and queues it.</summary>
    public async Task<ImportJob> EnqueueAsync(IFormFile file, string? userName, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        var name = System.IO.Path.GetFileName(file.FileName.Replace('\\', '/'));
        if (string.IsNullOrWhiteSpace(name)) name = "upload";
        var dir = System.IO.Path.Combine(folder, id.ToString("N"));
        Directory.CreateDirectory(dir);
        var path = System.IO.Path.Combine(dir, name);
        await using (var target = File.Create(path))
        {
            await file.CopyToAsync(target, ct);
        }
        var job = new ImportJob(id, name, path, userName);
        jobs[id] = job;
        await queue.Writer.WriteAsync(job, ct);
        return job;
    }

    internal IAsyncEnumerable<ImportJob> ReadAllAsync(CancellationToken ct) => queue.Reader.ReadAllAsync(ct);
}

public sealed class ImportWorker(ImportJobs jobs, IServiceScopeFactory scopes, ILogger<ImportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var job in jobs.ReadAllAsync(stoppingToken))
        {
            job.Start();
            try
            {
                using var scope = scopes.CreateScope();
                var service = scope.ServiceProvider.GetRequiredService<ImportService>();
                var outcome = await service.ImportAsync(job.Path, new JobProgress(job), stoppingToken);
                job.Succeed(outcome);
                log.LogInformation("Import {Job} of {File} by {User}: {Features} features", job.Id, job.FileName, job.UserName, outcome.Features);
            }
            catch (BadInputException e)
            {
                job.Fail(e.Message);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                job.Fail("The server stopped before the import finished; nothing was stored.");
            }
            catch (Exception e)
            {
                log.LogError(e, "Import {Job} of {File} failed", job.Id, job.FileName);
                job.Fail($"{job.FileName}: the import failed unexpectedly ({e.GetType().Name}).");
            }
            finally
            {
                try { Directory.Delete(Path.GetDirectoryName(job.Path)!, recursive: true); }
                catch (IOException) { }
            }
        }
    }

    private sealed class JobProgress(ImportJob job) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => job.Report(value);
    }
}
