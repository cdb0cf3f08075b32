using Microsoft.EntityFrameworkCore;
using Wijkwerf.Data.Accounts;
using Wijkwerf.Data.Operations;
using Wijkwerf.Domain.Operations;

namespace Wijkwerf.Data.Tests.Operations;

public sealed class OperationsPersonalDataTests : IAsyncDisposable
{
    private readonly Import.TestDatabase database = new();

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task A_person_s_registrations_are_exported_and_erased_while_the_counts_stay()
    {
        await using var db = await database.OpenAsync();
        db.Users.Add(new WijkwerfUser { Id = "u1", UserName = "eva@example.org", Email = "Eva@example.org" });
        await db.SaveChangesAsync();
        var forum = new ForumService(db, new MailBox(), TimeProvider.System);
        var day = new DateTime(2026, 10, 8, 7, 0, 0, DateTimeKind.Utc);
        var ev = await forum.CreateEventAsync(new NewEvent("Forum", ForumEventKind.Forum, day, day.AddHours(8), 10));
        await forum.RegisterAsync(ev, new("Eva Maes", "eva@example.org", "Lille", []));
        await forum.RegisterAsync(ev, new("Tom Claes", "tom@example.org", "Gent", []));
        var data = new OperationsPersonalData(db);

        var export = System.Text.Json.JsonSerializer.Serialize(await data.ExportAsync("u1", TestContext.Current.CancellationToken));
        export.ShouldContain("Eva Maes");
        export.ShouldNotContain("Tom Claes");

        (await data.EraseAsync("u1", TestContext.Current.CancellationToken)).ShouldBe(1);
        (await db.ForumRegistrations.AsNoTracking().CountAsync()).ShouldBe(2);
        (await db.ForumRegistrations.AsNoTracking().AnyAsync(r => r.Name == "Eva Maes" || r.Email == "eva@example.org")).ShouldBeFalse();
        (await data.ExportAsync("u1", TestContext.Current.CancellationToken)).ShouldBeNull();
    }
}
