using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Mail;
using Wijkwerf.Data.Operations;
using Wijkwerf.Data.Storage;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Bench.Operations;

/// <summary>forum-load [people] [seconds] [web.dll]: the built web app (Kestrel on 127.0.0.1, its own SQLite file) takes
/// registrations for a forum of 40 sessions (8 time slots × 5 rooms, 60 places each) from <c>people</c> people, paced
/// evenly over <c>seconds</c> (open loop: a slow answer does not slow the arrivals). Each person picks 2 sessions in
/// different slots, so popular sessions fill and grow waiting lists. Then the database is checked: every 201 answer's
/// registration is stored (none lost), no session holds more confirmed bookings than places, and every counter equals
/// its confirmed bookings.</summary>
public static class ForumLoad
{
    public static async Task<int> RunAsync(string[] args)
    {
        var people = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2_000;
        var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 60;
        var dll = args.Length > 3 ? args[3] : FindWebDll();
        var folder = Directory.CreateTempSubdirectory("wijkwerf-forum-load").FullName;
        var location = new DatabaseLocation(Path.Combine(folder, "wijkwerf.db"));

        int eventId;
        int[] sessions;
        await using (var db = await WijkwerfDbFactory.OpenAsync(location))
        {
            var day = new DateTime(2026, 10, 8, 7, 0, 0, DateTimeKind.Utc);
            var list = new List<NewSession>();
            for (var slot = 0; slot < 8; slot++)
                for (var room = 0; room < 5; room++)
                    list.Add(new NewSession($"Sessie {slot + 1}.{room + 1}", day.AddMinutes(60 * slot), day.AddMinutes(60 * slot + 50), $"Zaal {room + 1}", 60));
            eventId = await new ForumService(db, new DropMail(), TimeProvider.System)
                .CreateEventAsync(new NewEvent("Belastingtest", ForumEventKind.Forum, day, day.AddHours(9), people, "127.0.0.1", Sessions: list));
            sessions = await db.ForumSessions.OrderBy(s => s.StartsAtUtc).ThenBy(s => s.Room).Select(s => s.Id).ToArrayAsync();
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "--urls", $"http://127.0.0.1:{port}" }) start.ArgumentList.Add(a);
        start.Environment["Wijkwerf__Database"] = location.Value;
        start.Environment["Wijkwerf__Seed"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Mail__PickupFolder"] = Path.Combine(folder, "mail");
        using var server = Process.Start(start)!;
        _ = server.StandardOutput.ReadToEndAsync();
        _ = server.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
                Timeout = TimeSpan.FromSeconds(60),
            };
            await WaitForHealthAsync(http);
            // Warm-up: one registration that is not counted (JIT, connection pool, EF model).
            (await http.PostAsJsonAsync($"/api/forum/events/{eventId}/registrations", new { name = "Warm-up", email = "warmup@example.org", sessionIds = Array.Empty<int>() })).EnsureSuccessStatusCode();

            var random = new Random(20261008);
            var picks = Enumerable.Range(0, people).Select(_ =>
            {
                // Popularity skewed to the first rooms: some sessions fill, others stay half empty.
                int Pick(int slot) => sessions[slot * 5 + Math.Min(4, (int)(random.NextDouble() * random.NextDouble() * 5))];
                var a = random.Next(8);
                var b = (a + 1 + random.Next(7)) % 8;
                return new[] { Pick(a), Pick(b) };
            }).ToArray();

            var latencies = new double[people];
            var status = new HttpStatusCode[people];
            var codes = new string?[people];
            var clock = Stopwatch.StartNew();
            var interval = seconds / people;
            var tasks = new Task[people];
            for (var i = 0; i < people; i++)
            {
                var due = TimeSpan.FromSeconds(i * interval);
                var wait = due - clock.Elapsed;
                if (wait > TimeSpan.Zero) await Task.Delay(wait);
                var n = i;
                tasks[i] = Task.Run(async () =>
                {
                    var t = Stopwatch.StartNew();
                    using var response = await http.PostAsJsonAsync($"/api/forum/events/{eventId}/registrations",
                        new { name = $"Persoon {n}", email = $"persoon{n}@example.org", organisation = "Load", sessionIds = picks[n] });
                    latencies[n] = t.Elapsed.TotalMilliseconds;
                    status[n] = response.StatusCode;
                    if (response.StatusCode == HttpStatusCode.Created)
                        codes[n] = (await response.Content.ReadFromJsonAsync<RegistrationAnswer>())!.Code;
                });
            }
            await Task.WhenAll(tasks);
            var wall = clock.Elapsed.TotalSeconds;

            Array.Sort(latencies);
            double P(double q) => latencies[Math.Min(people - 1, (int)Math.Ceiling(q * people) - 1)];
            var created = status.Count(s => s == HttpStatusCode.Created);

            await using var check = WijkwerfDbFactory.Create(location);
            var stored = (await check.ForumRegistrations.Where(r => r.EventId == eventId).Select(r => r.Code).ToListAsync()).ToHashSet();
            var lost = codes.Count(c => c is not null && !stored.Contains(c));
            var counters = await check.ForumSessions.Where(s => s.EventId == eventId).Select(s => new { s.Id, s.Capacity, s.Taken }).ToListAsync();
            var confirmed = await check.SessionBookings.Where(b => b.Status == SeatStatus.Confirmed).GroupBy(b => b.SessionId)
                .Select(g => new { g.Key, N = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.N);
            var waiting = await check.SessionBookings.CountAsync(b => b.Status == SeatStatus.Waiting);
            var oversold = counters.Count(s => confirmed.GetValueOrDefault(s.Id) > s.Capacity || s.Taken > s.Capacity);
            var mismatched = counters.Count(s => confirmed.GetValueOrDefault(s.Id) != s.Taken);
            var full = counters.Count(s => s.Taken == s.Capacity);

            Console.WriteLine($"forum-load: {people} registrations for 40 sessions paced over {seconds:0} s on Kestrel 127.0.0.1 (SQLite), {Environment.ProcessorCount} cores");
            Console.WriteLine($"  wall {wall:0.0} s; answers 201: {created}, other: {people - created}");
            Console.WriteLine($"  latency ms: p50 {P(0.50):0.0}  p95 {P(0.95):0.0}  p99 {P(0.99):0.0}  max {latencies[^1]:0.0}");
            Console.WriteLine($"  stored registrations: {stored.Count - 1} (+1 warm-up); lost: {lost}");
            Console.WriteLine($"  sessions full: {full}/40; bookings waiting: {waiting}; oversold sessions: {oversold}; counters not matching bookings: {mismatched}");
            return created == people && lost == 0 && oversold == 0 && mismatched == 0 && P(0.95) < 300 ? 0 : 1;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private sealed record RegistrationAnswer(string Code);

    private sealed class DropMail : IMailer
    {
        public Task SendAsync(MailMessageText message, CancellationToken ct = default) => Task.CompletedTask;
    }

    private static async Task WaitForHealthAsync(HttpClient http)
    {
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await http.GetAsync("/health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(500);
        }
        throw new InvalidOperationException("The web app did not answer /health within 60 s.");
    }

    private static string FindWebDll()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Wijkwerf.sln"))) continue;
            var dll = Path.Combine(dir.FullName, "src", "Wijkwerf.Web", "bin", "Release", "net10.0", "Wijkwerf.Web.dll");
            if (File.Exists(dll)) return dll;
            throw new FileNotFoundException($"Build the web app first: dotnet build -c Release src/Wijkwerf.Web ({dll} is missing)");
        }
        throw new FileNotFoundException("Run from inside the checkout, or pass the path of Wijkwerf.Web.dll.");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
