using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Tests;

public sealed class WebhookSubscriptionValidatorTests
{
    private static readonly WebhookSubscriptionValidator Create = new(allowLoopback: false, secretRequired: true);
    private static readonly WebhookSubscriptionValidator CreateDev = new(allowLoopback: true, secretRequired: true);
    private static readonly WebhookSubscriptionValidator Update = new(allowLoopback: false, secretRequired: false);

    private static WebhookSubscriptionRequest Valid() => new()
    {
        Url = "https://hooks.example.com/reputation",
        Secret = "0123456789abcdef",
        Brands = ["acme", "globex-2"],
        Types = ["negative-spike", "suspect-press-release"],
        MinSeverity = "high",
    };

    private static Dictionary<string, string> Errors(WebhookSubscriptionValidator validator, WebhookSubscriptionRequest request) =>
        validator.Validate(request).Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);

    [Fact]
    public void A_complete_request_is_valid()
    {
        Assert.Empty(Errors(Create, Valid()));
        var change = WebhookSubscriptionChange.From(Valid());
        Assert.Equal([Abstractions.Alerts.AlertType.NegativeSpike, Abstractions.Alerts.AlertType.SuspectPressRelease], change.Types);
        Assert.Equal(Abstractions.Alerts.AlertSeverity.High, change.MinSeverity);
    }

    [Theory]
    [InlineData(null, "url is required.")]
    [InlineData("/relative/path", "url must be an absolute https URL, for example https://hooks.example.com/reputation.")]
    [InlineData("ftp://hooks.example.com/x", "url must be an absolute https URL, for example https://hooks.example.com/reputation.")]
    [InlineData("http://hooks.example.com/x", "url must use https.")]
    [InlineData("https://user:pw@hooks.example.com/x", "url must not contain a user name or password; use the secret to authenticate.")]
    [InlineData("https://127.0.0.1/x", "url must not target the local machine (127.0.0.1, localhost, [::1]).")]
    [InlineData("https://localhost:8443/x", "url must not target the local machine (127.0.0.1, localhost, [::1]).")]
    [InlineData("https://10.0.0.5/x", "url targets 10.0.0.5, which is a private address; webhooks may only reach public addresses.")]
    [InlineData("https://169.254.169.254/latest/meta-data", "url targets 169.254.169.254, which is the cloud metadata address; webhooks may only reach public addresses.")]
    [InlineData("https://[fd00:ec2::254]/x", "url targets fd00:ec2::254, which is the cloud metadata address; webhooks may only reach public addresses.")]
    public void Url_problems_have_clear_messages(string? url, string message)
    {
        var request = Valid();
        request.Url = url;
        Assert.Equal(message, Errors(Create, request)["url"]);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/hook")]
    [InlineData("http://localhost:5000/hook")]
    [InlineData("http://[::1]:5000/hook")]
    public void Loopback_http_is_accepted_only_with_AllowLoopback(string url)
    {
        var request = Valid();
        request.Url = url;
        Assert.Empty(Errors(CreateDev, request));
        Assert.Contains("url", Errors(Create, request).Keys);
    }

    [Fact]
    public void Plain_http_to_a_public_host_is_refused_even_in_development()
    {
        var request = Valid();
        request.Url = "http://hooks.example.com/x";
        Assert.Equal("url must use https; http is allowed only for 127.0.0.1, localhost or [::1] in development.", Errors(CreateDev, request)["url"]);
    }

    [Fact]
    public void Secret_is_required_on_create_and_optional_on_update()
    {
        var request = Valid();
        request.Secret = null;
        Assert.Equal("secret is required (16 to 256 characters).", Errors(Create, request)["secret"]);
        Assert.Empty(Errors(Update, request));
    }

    [Fact]
    public void Short_secret_is_refused()
    {
        var request = Valid();
        request.Secret = "short";
        Assert.Equal("secret must be at least 16 characters.", Errors(Update, request)["secret"]);
        request.Secret = new string('s', 257);
        Assert.Equal("secret must be at most 256 characters.", Errors(Update, request)["secret"]);
    }

    [Fact]
    public void Brand_ids_are_checked_one_by_one()
    {
        var request = Valid();
        request.Brands = ["acme", "Bad Brand", "-dash"];
        var errors = Errors(Create, request);
        Assert.False(errors.ContainsKey("brands[0]"));
        Assert.StartsWith("brands[1] must be a brand id", errors["brands[1]"]);
        Assert.StartsWith("brands[2] must be a brand id", errors["brands[2]"]);
    }

    [Fact]
    public void Brand_count_is_bounded()
    {
        var request = Valid();
        request.Brands = Enumerable.Range(0, 101).Select(i => $"b{i}").ToList();
        Assert.Equal("brands may list at most 100 brand ids (leave it empty for every brand).", Errors(Create, request)["brands"]);
    }

    [Fact]
    public void Unknown_type_and_severity_list_the_allowed_values()
    {
        var request = Valid();
        request.Types = ["negative-spike", "NegativeSpike"];
        request.MinSeverity = "severe";
        var errors = Errors(Create, request);
        Assert.Equal("types[1] must be one of: negative-spike, suspect-press-release, sentiment-shift, influencer-negative.", errors["types[1]"]);
        Assert.Equal("minSeverity must be one of: low, medium, high, critical.", errors["minSeverity"]);
    }

    [Fact]
    public void Events_must_be_known_and_the_digest_is_one_of_them()
    {
        var request = Valid();
        request.Events = ["digest.daily", "alert.raised"];
        Assert.Empty(Errors(Create, request));
        Assert.Equal(["digest.daily", "alert.raised"], WebhookSubscriptionChange.From(request).Events);

        request.Events = ["alert.raised", "digest.weekly"];
        Assert.Equal("events[1] must be one of: alert.raised, alert.updated, digest.daily.", Errors(Create, request)["events[1]"]);
    }

    [Fact]
    public void Secret_never_appears_in_the_text_of_a_request_or_subscription()
    {
        var request = Valid();
        var subscription = new WebhookSubscription
        {
            Id = "wh_1", Url = request.Url!, Secret = request.Secret!, CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch,
        };
        Assert.DoesNotContain(request.Secret!, request.ToString());
        Assert.DoesNotContain(request.Secret!, subscription.ToString());
        Assert.DoesNotContain(request.Secret!, WebhookSubscriptionChange.From(request).ToString());
        Assert.Equal("••••cdef", WebhookSubscriptionView.Of(subscription).Secret);
        Assert.DoesNotContain(request.Secret!, System.Text.Json.JsonSerializer.Serialize(subscription));
    }
}
