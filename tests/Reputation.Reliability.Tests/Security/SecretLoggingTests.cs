using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Reputation.Reliability.Tests.Security;

/// <summary>With every log level turned up, the admin key, a wrong key and webhook secrets never reach the logs.</summary>
public sealed class SecretLoggingTests
{
    private const string WebhookSecret = "whsec-reliability-7c41d9e08b2fa653";
    private const string RotatedSecret = "whsec-reliability-rotated-0e5b7a2c94";
    private const string WrongKey = "wrong-key-reliability-93f0a1c7d5e2";

    [Fact]
    public async Task Keys_and_webhook_secrets_are_never_logged()
    {
        var captured = new CapturedLogs();
        await using var host = ReliabilityHost.Create(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Debug",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Reputation"] = "Trace",
            ["Logging:LogLevel:Orleans"] = "Information",
        }, captured);
        await host.InitializeAsync();
        using var admin = host.Client(ReputationHost.AdminKey);
        using var wrong = host.Client(WrongKey);
        using var anonymous = host.Client(apiKey: null);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/brands")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/api/brands")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/auth/login", new { key = WrongKey })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/login", new { key = ReputationHost.AdminKey })).StatusCode);
        using var created = await admin.PostAsJsonAsync("/api/webhooks", new { url = "http://127.0.0.1:9/hook", secret = WebhookSecret, brands = new[] { "secret-brand" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = created.Headers.Location!.ToString();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync(location, new { url = "http://127.0.0.1:9/hook", secret = RotatedSecret })).StatusCode);
        // A secret too short is refused: the validation message must not echo it either.
        using var refused = await admin.PostAsJsonAsync("/api/webhooks", new { url = "http://127.0.0.1:9/hook", secret = "short-secret" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain("short-secret", await refused.Content.ReadAsStringAsync());
        // A malformed body next to a secret: the binding error is logged and answered, the secret neither.
        using var malformed = await admin.PostAsync("/api/webhooks", new StringContent($"{{\"secret\":\"{WebhookSecret}\",\"url\":42}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.DoesNotContain(WebhookSecret, await malformed.Content.ReadAsStringAsync());

        var logs = captured.Lines.ToArray();
        // The capture works: the requests above were logged.
        Assert.Contains(logs, l => l.Contains("/api/webhooks", StringComparison.Ordinal));
        foreach (var secret in new[] { ReputationHost.AdminKey, WrongKey, WebhookSecret, RotatedSecret })
        {
            var leaks = logs.Where(l => l.Contains(secret, StringComparison.Ordinal)).Take(3).ToArray();
            Assert.True(leaks.Length == 0, $"'{secret}' was logged:\n{string.Join('\n', leaks)}");
        }
    }
}
