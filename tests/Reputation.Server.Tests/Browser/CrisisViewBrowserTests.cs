using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Reputation.Abstractions.Brands;
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
        await page.WaitForURLAsync("**/login.html**");
        await page.GetByTestId("login-key").FillAsync(key);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("login", StringComparison.Ordinal));
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
