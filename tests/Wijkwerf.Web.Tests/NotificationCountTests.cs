using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Storage;

namespace Wijkwerf.Web.Tests;

/// <summary>The unread count in the site navigation is kept per person, so a page view does not query for it, and is
/// right on the next page after anything changes that person's notifications. The queries are counted as EF runs them
/// against the real database.</summary>
public sealed class NotificationCountTests(TestSiteFixture fixture) : IClassFixture<TestSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const int Voorburg = 1;

    private static string NavCount(string html)
    {
        var nav = Regex.Match(html, "id=\"nav-notifications\">[^<]*(<span class=\"unread-count\"> \\((\\d+))?");
        nav.Success.ShouldBeTrue("the navigation shows the notifications link");
        return nav.Groups[2].Value;
    }

    private static async Task<int> ShareAsync(HttpClient client, string title)
    {
        var response = await client.PostAsJsonAsync("/api/learning/drempels", new { title, text = $"Bij **{title}** liepen we vast.", kind = "Barrier", werven = new[] { "warmte" } }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("summary").GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task The_navigation_count_is_queried_once_and_is_right_at_once_after_a_new_notification_reading_and_hiding()
    {
        var (email, password) = await site.CreateUserAsync(Roles.Public);
        using var reader = await site.LoggedInClientAsync(email, password);
        string readerId;
        using (var scope = site.Services.CreateScope())
            readerId = (await scope.ServiceProvider.GetRequiredService<WijkwerfDb>().Users.SingleAsync(u => u.Email == email, Ct)).Id;
        (await reader.PostAsJsonAsync("/api/learning/follows", new { target = "Werf", key = "warmte" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var author = await site.LoggedInClientAsync(Roles.MunicipalityStaff, Voorburg);
        using var moderator = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        using var counts = new UnreadCountQueries(readerId);

        NavCount(await reader.GetStringAsync("/learning", Ct)).ShouldBe("");
        counts.Runs.ShouldBe(1);
        NavCount(await reader.GetStringAsync("/learning", Ct)).ShouldBe("");
        NavCount(await reader.GetStringAsync("/learning/drempels", Ct)).ShouldBe("");
        counts.Runs.ShouldBe(1, "later page views take the count the first one found");

        var first = await ShareAsync(author, "Eerste drempel " + Guid.NewGuid().ToString("N")[..6]);
        NavCount(await reader.GetStringAsync("/learning", Ct)).ShouldBe("1", "a new notification shows on the next page");
        var second = await ShareAsync(author, "Tweede drempel " + Guid.NewGuid().ToString("N")[..6]);
        NavCount(await reader.GetStringAsync("/learning", Ct)).ShouldBe("2");
        NavCount(await reader.GetStringAsync("/learning", Ct)).ShouldBe("2");
        counts.Runs.ShouldBe(3);

        var notifications = await reader.GetFromJsonAsync<JsonElement>("/api/learning/notifications", Ct);
        var aboutFirst = notifications.EnumerateArray().Single(n => n.GetProperty("url").GetString() == $"/learning/drempels/{first}").GetProperty("id").GetInt32();
        (await reader.PostAsync($"/api/learning/notifications/{aboutFirst}/read", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        NavCount(await reader.GetStringAsync("/learning", Ct)).ShouldBe("1", "marking one read shows on the next page");

        // A moderator hides the second drempel: its notification leaves the count, for everyone.
        (await moderator.PostAsJsonAsync($"/api/learning/moderation/drempel/{second}", new { hide = true, reason = "test" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        NavCount(await reader.GetStringAsync("/learning", Ct)).ShouldBe("");
        (await moderator.PostAsJsonAsync($"/api/learning/moderation/drempel/{second}", new { hide = false, reason = "toch goed" }, Ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        NavCount(await reader.GetStringAsync("/learning", Ct)).ShouldBe("1");

        (await reader.PostAsync("/api/learning/notifications/read-all", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        NavCount(await reader.GetStringAsync("/learning", Ct)).ShouldBe("", "marking all read shows on the next page");
        (await reader.GetFromJsonAsync<JsonElement>("/api/learning/notifications/unread-count", Ct)).GetProperty("unread").GetInt32().ShouldBe(0);
        counts.Runs.ShouldBe(7, "one query after each of the four changes");
    }

    /// <summary>Counts the commands EF runs that count one person's unread notifications (the person's id is a
    /// parameter of the command, so other tests running at the same time do not add to it).</summary>
    private sealed class UnreadCountQueries : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string userId;
        private readonly IDisposable all;
        private readonly List<IDisposable> subscriptions = [];
        private int runs;

        public UnreadCountQueries(string userId)
        {
            this.userId = userId;
            all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Runs => Volatile.Read(ref runs);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name != DbLoggerCategory.Name) return;
            lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key != RelationalEventId.CommandExecuted.Name || e.Value is not CommandExecutedEventData { Command: var command }) return;
            if (command.CommandText.Contains("COUNT(", StringComparison.OrdinalIgnoreCase)
                && command.CommandText.Contains("\"Notifications\"", StringComparison.Ordinal)
                && command.Parameters.Cast<System.Data.Common.DbParameter>().Any(p => Equals(p.Value, userId)))
                Interlocked.Increment(ref runs);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }

        public void Dispose()
        {
            all.Dispose();
            lock (subscriptions) subscriptions.ForEach(s => s.Dispose());
        }
    }
}
