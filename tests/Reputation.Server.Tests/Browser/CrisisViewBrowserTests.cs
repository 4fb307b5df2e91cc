using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Digests;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Mentions;
using Reputation.Ingestion;

namespace Reputation.Server.Tests.Browser;

/// <summary>
/// The crisis team's view in a real browser (Debian's Chromium driven by Playwright): sign in, a crisis
/// injected through Kafka appears live, a responder acknowledges it, and a second session sees the change.
/// Screenshots are kept under artifacts/screenshots.
/// </summary>
public sealed class CrisisViewBrowserTests(ReputationHost host) : IClassFixture<ReputationHost>, IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private static readonly System.Text.RegularExpressions.Regex LoginPage = new("/login\\.html");
    private static readonly string Screenshots = Path.Combine(RepoRoot(), "artifacts", "screenshots");
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    private async Task<IPage> SignIn(string key)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString(), Locale = "en-GB" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        // The script redirects as soon as /api/auth/me answers 401, sometimes before GotoAsync returns; waiting for that
        // navigation's load event then missed it and timed out. Polling the URL sees it either way.
        await Assertions.Expect(page).ToHaveURLAsync(LoginPage, new() { Timeout = 30_000 });
        await page.GetByTestId("login-key").FillAsync(key);
        await page.GetByTestId("login-submit").ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(LoginPage, new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByTestId("connection-status")).ToHaveAttributeAsync("data-state", "connected", new() { Timeout = 30_000 });
        return page;
    }

    [Fact]
    public async Task A_crisis_injected_through_kafka_appears_live_and_an_acknowledgement_reaches_every_session()
    {
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        await grains.GetGrain<IBrandDirectoryGrain>(0).Register(new Brand { Id = "browser-vinci", Name = "VINCI", OfficialDomains = ["vinci.com"], OfficialHandles = ["@VINCI"] });
        host.Services.GetRequiredService<Pipeline.ClusterBrandProfiles>().Remember(new Brand { Id = "browser-vinci", Name = "VINCI", OfficialDomains = ["vinci.com"], OfficialHandles = ["@VINCI"] });

        var responder = await SignIn(ReputationHost.ResponderKey);
        var wall = await SignIn(ReputationHost.ViewerKey);

        var fake = new Mention
        {
            Id = "browser-fake-1",
            Brand = "browser-vinci",
            Source = "newswire",
            Text = "PRESS RELEASE: VINCI announces restatement of its accounts and the dismissal of its CFO",
            PublishedAt = DateTimeOffset.UtcNow.AddSeconds(-2),
            Url = "https://vinci.group/press-release",
            Author = new MentionAuthor { Handle = "@vinci_press", Followers = 311 },
        };
        await host.Services.GetRequiredService<MentionProducer>().ProduceAsync([fake], CancellationToken.None);

        var onLaptop = responder.GetByTestId("alert-item").Filter(new() { HasText = "VINCI" });
        var onWall = wall.GetByTestId("alert-item").Filter(new() { HasText = "VINCI" });
        await Assertions.Expect(onLaptop).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Assertions.Expect(onWall).ToHaveCountAsync(1, new() { Timeout = 60_000 });
        await Assertions.Expect(onLaptop).ToHaveAttributeAsync("data-status", "open");
        await responder.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "alert-raised.png"), FullPage = true });

        await Assertions.Expect(wall.GetByTestId("alert-ack")).ToHaveCountAsync(0);
        await onLaptop.GetByTestId("alert-ack").ClickAsync();

        await Assertions.Expect(onLaptop).ToHaveAttributeAsync("data-status", "acknowledged", new() { Timeout = 30_000 });
        await Assertions.Expect(onWall).ToHaveAttributeAsync("data-status", "acknowledged", new() { Timeout = 30_000 });
        await Assertions.Expect(onWall.GetByTestId("alert-acknowledged-by")).ToContainTextAsync("rita-responder");
        await wall.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "alert-acknowledged-wall.png"), FullPage = true });
    }

    [Fact]
    public async Task The_share_of_voice_panel_compares_the_selected_brand_with_its_competitor()
    {
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var directory = grains.GetGrain<IBrandDirectoryGrain>(0);
        await directory.Register(new Brand { Id = "browser-sov", Name = "Brand Under Watch", Competitors = ["browser-sov-rival"] });
        await directory.Register(new Brand { Id = "browser-sov-rival", Name = "The Rival" });
        Mention Said(string brand, string id, string text) => new()
        {
            Id = id, Brand = brand, Source = "twitter", Text = text, PublishedAt = DateTimeOffset.UtcNow.AddSeconds(-5),
            Author = new MentionAuthor { Handle = "@someone", Followers = 10 },
        };
        const string Bad = "Terrible service, never again, worst company";
        const string Good = "Great service, thank you, love it";
        await host.Services.GetRequiredService<MentionProducer>().ProduceAsync(
            [Said("browser-sov", "sov-b1", Good), Said("browser-sov", "sov-b2", Good), Said("browser-sov", "sov-b3", Bad), Said("browser-sov-rival", "sov-r1", Bad)],
            CancellationToken.None);
        var counted = await ReputationHost.Eventually(
            async () => (await grains.GetGrain<IBrandGrain>("browser-sov").GetOverview()).TotalMentions + (await grains.GetGrain<IBrandGrain>("browser-sov-rival").GetOverview()).TotalMentions,
            n => n == 4, TimeSpan.FromSeconds(30));
        Assert.Equal(4, counted);

        var page = await SignIn(ReputationHost.ViewerKey);
        await page.GetByTestId("brand-select").SelectOptionAsync("browser-sov");

        var panel = page.GetByTestId("share-of-voice");
        var rows = panel.Locator(".sov-row");
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 30_000 });
        await Assertions.Expect(rows.Nth(0)).ToHaveAttributeAsync("data-brand", "browser-sov");
        // 3 of 4 mentions and 1 of 2 negatives; net (2 - 1) / 3 and (0 - 1) / 1.
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("75%");
        await Assertions.Expect(rows.Nth(0)).ToContainTextAsync("Net sentiment +33%");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("The Rival");
        await Assertions.Expect(rows.Nth(1)).ToContainTextAsync("Net sentiment -100%");
        await panel.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "share-of-voice.png") });

        var weekly = page.WaitForRequestAsync(request => request.Url.Contains("/share-of-voice?hours=168", StringComparison.Ordinal));
        await page.GetByTestId("sov-period").SelectOptionAsync("168");
        await weekly;
        await Assertions.Expect(rows).ToHaveCountAsync(2, new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task The_daily_digest_panel_shows_the_latest_day_and_the_picker_shows_an_earlier_one()
    {
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var directory = grains.GetGrain<IBrandDirectoryGrain>(0);
        await directory.Register(new Brand { Id = "browser-digest", Name = "Digest Watch", Competitors = ["browser-digest-rival"] });
        await directory.Register(new Brand { Id = "browser-digest-rival", Name = "Digest Rival" });
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var before = yesterday.AddDays(-1);
        Mention Said(string brand, string id, string text, DateOnly day, int minute) => new()
        {
            Id = id, Brand = brand, Source = "twitter", Text = text,
            PublishedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, minute)), TimeSpan.Zero),
            Author = new MentionAuthor { Handle = "@someone", Followers = 10 },
        };
        const string Bad = "Terrible service, never again, worst company";
        const string Good = "Great service, thank you, love it";
        await host.Services.GetRequiredService<MentionProducer>().ProduceAsync(
            [Said("browser-digest", "dg-b0", Good, before, 0), Said("browser-digest", "dg-b1", Good, before, 1),
             Said("browser-digest", "dg-y0", Bad, yesterday, 0), Said("browser-digest", "dg-y1", Bad, yesterday, 1),
             Said("browser-digest", "dg-y2", Bad, yesterday, 2), Said("browser-digest", "dg-y3", Good, yesterday, 3),
             Said("browser-digest-rival", "dg-r0", Good, yesterday, 0)],
            CancellationToken.None);
        var counted = await ReputationHost.Eventually(
            async () => (await grains.GetGrain<IBrandGrain>("browser-digest").GetOverview()).TotalMentions + (await grains.GetGrain<IBrandGrain>("browser-digest-rival").GetOverview()).TotalMentions,
            n => n == 7, TimeSpan.FromSeconds(30));
        Assert.Equal(7, counted);
        var raised = new DateTimeOffset(yesterday.ToDateTime(new TimeOnly(10, 5)), TimeSpan.Zero);
        await grains.GetGrain<IAlertIndexGrain>(0).Publish(new Alert
        {
            Id = "browser-digest-alert", Brand = "browser-digest", Type = AlertType.NegativeSpike, Severity = AlertSeverity.High,
            Status = AlertStatus.Resolved, RaisedAt = raised, UpdatedAt = raised.AddHours(1), Title = "Refund complaints spike", Summary = "s",
            ResolvedBy = "rita-responder", ResolvedAt = raised.AddHours(1),
        }, AlertEvents.Updated);
        var digests = grains.GetGrain<IDigestGrain>("browser-digest");
        await digests.Produce(before);
        await digests.Produce(yesterday);

        var page = await SignIn(ReputationHost.ViewerKey);
        await page.GetByTestId("brand-select").SelectOptionAsync("browser-digest");

        var panel = page.GetByTestId("daily-digest");
        var figures = panel.Locator(".digest-figure");
        // 4 mentions against a normal of 2 (the day before), 3 negatives against none.
        await Assertions.Expect(figures.Nth(0)).ToHaveTextAsync("4 mentions · normal 2 · +100%", new() { Timeout = 30_000 });
        await Assertions.Expect(figures.Nth(1)).ToContainTextAsync("3 negative");
        await Assertions.Expect(figures.Nth(2)).ToHaveTextAsync("Net sentiment -50%");
        await Assertions.Expect(panel.Locator(".digest-topics")).ToContainTextAsync("terrible (3)");
        var incident = panel.Locator(".digest-incident");
        await Assertions.Expect(incident).ToContainTextAsync("Refund complaints spike");
        await Assertions.Expect(incident.Locator(".digest-handling")).ToContainTextAsync("resolved by rita-responder");
        await Assertions.Expect(panel.Locator(".sov-row")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("digest-day").Locator("option")).ToHaveCountAsync(2);
        await panel.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "daily-digest.png") });

        await page.GetByTestId("digest-day").SelectOptionAsync(before.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(figures.Nth(0)).ToHaveTextAsync("2 mentions");
        await Assertions.Expect(panel).ToContainTextAsync("No incident this day.");
    }

    [Fact]
    public async Task A_wrong_key_does_not_sign_in()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login.html");

        await page.GetByTestId("login-key").FillAsync("definitely-not-a-key");
        await page.GetByTestId("login-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
        Assert.Contains("login", page.Url, StringComparison.Ordinal);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Reputation.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}
