using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Wijkwerf.Data.Accounts;

namespace Wijkwerf.Web.Tests;

public sealed class ImportAndAccountTests(TestSiteFixture fixture) : IClassFixture<TestSiteFixture>
{
    private readonly TestSite site = fixture.Site;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static MultipartFormDataContent Upload(string name, string content)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        return form;
    }

    [Fact]
    public async Task Every_role_row_exists_at_startup()
    {
        using var scope = site.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All) (await roles.RoleExistsAsync(role)).ShouldBeTrue(role);
    }

    [Fact]
    public async Task Importing_through_the_API_needs_a_login()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsync("/api/imports", Upload("x.csv", "a,b\n1,2\n"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_import_page_sends_anonymous_visitors_to_the_login_page()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.GetAsync("/import", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task A_public_account_may_not_import()
    {
        using var client = await site.LoggedInClientAsync(Roles.Public);
        (await client.PostAsync("/api/imports", Upload("x.csv", "a,b\n1,2\n"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await client.GetAsync("/import", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/account/denied");
    }

    [Fact]
    public async Task A_wrong_password_does_not_log_in()
    {
        using var client = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetStringAsync("/account/login?lang=en", Ct);
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "nobody@example.org",
            ["Password"] = "not-a-password",
            ["__RequestVerificationToken"] = token,
        }), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).ShouldContain("Email address or password is wrong.");
    }

    [Fact]
    public async Task Municipality_staff_can_queue_an_import_and_poll_it()
    {
        using var client = await site.LoggedInClientAsync(Roles.MunicipalityStaff, municipalityId: 1);
        (await client.GetAsync("/import", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await client.PostAsync("/api/imports", Upload("garbage.geojson", "this is not json"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var job = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        var id = job.GetProperty("id").GetString();
        response.Headers.Location!.ToString().ShouldBe($"/api/imports/{id}");

        var status = JsonDocument.Parse(await client.GetStringAsync($"/api/imports/{id}", Ct)).RootElement;
        status.GetProperty("file").GetString().ShouldBe("garbage.geojson");
        status.GetProperty("state").GetString().ShouldBeOneOf("queued", "running", "succeeded", "failed");
        (await client.GetAsync($"/api/imports/{Guid.NewGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bad_file_fails_with_a_message_naming_the_file()
    {
        using var client = await site.LoggedInClientAsync(Roles.PlatformAdmin);
        var response = await client.PostAsync("/api/imports", Upload("broken-buildings.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{]}"), Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var location = response.Headers.Location!.ToString();

        JsonElement status;
        var until = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(100, Ct);
            status = JsonDocument.Parse(await client.GetStringAsync(location, Ct)).RootElement;
        } while (status.GetProperty("state").GetString() is "queued" or "running" && DateTime.UtcNow < until);

        status.GetProperty("state").GetString().ShouldBe("failed");
        var error = status.GetProperty("error").GetString()!;
        error.ShouldStartWith("broken-buildings.geojson");
        error.ShouldNotContain("unexpectedly", Case.Insensitive);
    }
}

public sealed class ImportPageTests(TestSiteFixture fixture) : IClassFixture<TestSiteFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_import_page_uploads_a_file_and_shows_why_it_was_refused()
    {
        using var client = await fixture.Site.LoggedInClientAsync(Roles.PlatformAdmin);
        var form = await client.GetStringAsync("/import?lang=en", Ct);
        form.ShouldContain("<label for=\"upload\">File</label>");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

        var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent("not,a,known\nsource,file,at-all\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "Upload", "mystery.csv");
        var posted = await client.PostAsync("/import", content, Ct);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var jobPage = posted.Headers.Location!.ToString();
        jobPage.ShouldStartWith("/import/");

        string html;
        var until = DateTime.UtcNow.AddSeconds(30);
        do
        {
            await Task.Delay(100, Ct);
            html = await client.GetStringAsync(jobPage, Ct);
        } while (html.Contains("data-finished=\"false\"") && DateTime.UtcNow < until);

        html.ShouldContain("Failed, nothing was stored:");
        html.ShouldContain("<span id=\"job-error\">mystery.csv");
    }
}
