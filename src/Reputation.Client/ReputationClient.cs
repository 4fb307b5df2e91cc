using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Reputation.Abstractions.Alerts;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Digests;
using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Json;
using Reputation.Abstractions.Mentions;

namespace Reputation.Client;

/// <summary>
/// The typed REST client. The <see cref="HttpClient"/> carries the server's base address (it may be shared or come
/// from IHttpClientFactory); the API key goes on each request as <c>X-Api-Key</c>. Every error answer becomes a
/// <see cref="ReputationApiException"/> with the server's problem details.
/// </summary>
public sealed class ReputationClient
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Error bodies are read for their problem details only; anything longer is not one.</summary>
    private const int MaxErrorBodyChars = 64 * 1024;

    private readonly HttpClient http;
    private readonly string apiKey;

    public ReputationClient(HttpClient http, string apiKey)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentException.ThrowIfNullOrWhiteSpace(apiKey);
        if (http.BaseAddress is null)
        {
            throw new ArgumentException("The HttpClient needs a BaseAddress (the server's URL).", nameof(http));
        }

        this.http = http;
        this.apiKey = apiKey;
    }

    // Brands

    public Task<IReadOnlyList<Brand>> GetBrandsAsync(CancellationToken ct = default) =>
        Send<IReadOnlyList<Brand>>(HttpMethod.Get, "api/brands", null, ct);

    public Task<Brand> GetBrandAsync(string id, CancellationToken ct = default) =>
        Send<Brand>(HttpMethod.Get, $"api/brands/{Segment(id)}", null, ct);

    /// <summary>Registers or updates a brand (admin key).</summary>
    public Task<Brand> PutBrandAsync(Brand brand, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(brand);
        return Send<Brand>(HttpMethod.Put, $"api/brands/{Segment(brand.Id)}", Json(brand), ct);
    }

    /// <summary>The brand's per-minute buckets over the last <paramref name="minutes"/> (server default 180, at most 10080).</summary>
    public Task<BrandTimeline> GetTimelineAsync(string brand, int? minutes = null, CancellationToken ct = default) =>
        Send<BrandTimeline>(HttpMethod.Get, $"api/brands/{Segment(brand)}/timeline" + Query(("minutes", minutes?.ToString(System.Globalization.CultureInfo.InvariantCulture))), null, ct);

    /// <summary>Every brand at a glance.</summary>
    public Task<IReadOnlyList<BrandOverview>> GetOverviewAsync(CancellationToken ct = default) =>
        Send<IReadOnlyList<BrandOverview>>(HttpMethod.Get, "api/brands/overview", null, ct);

    /// <summary>One brand at a glance.</summary>
    public Task<BrandOverview> GetOverviewAsync(string brand, CancellationToken ct = default) =>
        Send<BrandOverview>(HttpMethod.Get, $"api/brands/{Segment(brand)}/overview", null, ct);

    /// <summary>
    /// The brand's share of voice against its competitors over the last <paramref name="hours"/> (server default 24,
    /// 1 to 168); the period ends at the newest data when all of it is older than that.
    /// </summary>
    public Task<ShareOfVoiceReport> GetShareOfVoiceAsync(string brand, int? hours = null, CancellationToken ct = default) =>
        Send<ShareOfVoiceReport>(HttpMethod.Get, $"api/brands/{Segment(brand)}/share-of-voice" + Query(("hours", hours?.ToString(System.Globalization.CultureInfo.InvariantCulture))), null, ct);

    // Daily digests

    /// <summary>The brand's stored daily digests, newest day first (server default and maximum 30).</summary>
    public Task<IReadOnlyList<DailyDigest>> GetDigestsAsync(string brand, int? limit = null, CancellationToken ct = default) =>
        Send<IReadOnlyList<DailyDigest>>(HttpMethod.Get, $"api/brands/{Segment(brand)}/digests" + Query(("limit", limit?.ToString(System.Globalization.CultureInfo.InvariantCulture))), null, ct);

    /// <summary>The brand's digest of one UTC day; a 404 <see cref="ReputationApiException"/> when it was not produced.</summary>
    public Task<DailyDigest> GetDigestAsync(string brand, DateOnly day, CancellationToken ct = default) =>
        Send<DailyDigest>(HttpMethod.Get, $"api/brands/{Segment(brand)}/digests/{Day(day)}", null, ct);

    /// <summary>
    /// Produces (or returns the already produced) digest of a finished UTC day of the last week (admin key); a new
    /// digest is sent to the webhooks subscribed to <see cref="DigestEvents.Daily"/>.
    /// </summary>
    public Task<DailyDigest> ProduceDigestAsync(string brand, DateOnly day, CancellationToken ct = default) =>
        Send<DailyDigest>(HttpMethod.Post, $"api/brands/{Segment(brand)}/digests/{Day(day)}", null, ct);

    // Alerts

    public Task<IReadOnlyList<Alert>> GetAlertsAsync(AlertQuery? query = null, CancellationToken ct = default)
    {
        query ??= new AlertQuery();
        var path = "api/alerts" + Query(
            ("brand", query.Brand),
            ("status", ContractName(query.Status)),
            ("type", ContractName(query.Type)),
            ("severity", ContractName(query.MinSeverity)),
            ("limit", query.Limit.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Send<IReadOnlyList<Alert>>(HttpMethod.Get, path, null, ct);
    }

    /// <summary>Alerts changed after <paramref name="since"/>; keep the returned stamp for the next call.</summary>
    public Task<AlertChanges> GetAlertChangesAsync(long since = 0, CancellationToken ct = default) =>
        Send<AlertChanges>(HttpMethod.Get, "api/alerts/changes" + Query(("since", since.ToString(System.Globalization.CultureInfo.InvariantCulture))), null, ct);

    public Task<Alert> GetAlertAsync(string id, CancellationToken ct = default) =>
        Send<Alert>(HttpMethod.Get, $"api/alerts/{Segment(id)}", null, ct);

    /// <summary>Acknowledges an alert (responder or admin key).</summary>
    public Task<Alert> AcknowledgeAsync(string id, CancellationToken ct = default) =>
        Send<Alert>(HttpMethod.Post, $"api/alerts/{Segment(id)}/acknowledge", null, ct);

    /// <summary>Resolves an alert (responder or admin key).</summary>
    public Task<Alert> ResolveAsync(string id, CancellationToken ct = default) =>
        Send<Alert>(HttpMethod.Post, $"api/alerts/{Segment(id)}/resolve", null, ct);

    // Mentions and system

    /// <summary>Pushes mentions (ingester or admin key); the server takes at most 10,000 per call.</summary>
    public Task<IngestResult> PostMentionsAsync(IEnumerable<Mention> mentions, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        return Send<IngestResult>(HttpMethod.Post, "api/mentions", Json(mentions.ToArray()), ct);
    }

    public Task<KafkaInfo> GetKafkaAsync(CancellationToken ct = default) =>
        Send<KafkaInfo>(HttpMethod.Get, "api/system/kafka", null, ct);

    // Webhooks (admin key)

    public Task<WebhookSubscription> CreateWebhookAsync(WebhookSubscriptionRequest request, CancellationToken ct = default) =>
        Send<WebhookSubscription>(HttpMethod.Post, "api/webhooks", Json(request ?? throw new ArgumentNullException(nameof(request))), ct);

    public Task<IReadOnlyList<WebhookSubscription>> GetWebhooksAsync(CancellationToken ct = default) =>
        Send<IReadOnlyList<WebhookSubscription>>(HttpMethod.Get, "api/webhooks", null, ct);

    public Task<WebhookSubscription> GetWebhookAsync(string id, CancellationToken ct = default) =>
        Send<WebhookSubscription>(HttpMethod.Get, $"api/webhooks/{Segment(id)}", null, ct);

    public Task<WebhookSubscription> UpdateWebhookAsync(string id, WebhookSubscriptionRequest request, CancellationToken ct = default) =>
        Send<WebhookSubscription>(HttpMethod.Put, $"api/webhooks/{Segment(id)}", Json(request ?? throw new ArgumentNullException(nameof(request))), ct);

    public async Task DeleteWebhookAsync(string id, CancellationToken ct = default)
    {
        using var response = await SendRaw(HttpMethod.Delete, $"api/webhooks/{Segment(id)}", null, ct).ConfigureAwait(false);
    }

    public Task<WebhookDeliveryLog> GetWebhookDeliveriesAsync(string id, int? limit = null, CancellationToken ct = default) =>
        Send<WebhookDeliveryLog>(HttpMethod.Get, $"api/webhooks/{Segment(id)}/deliveries" + Query(("limit", limit?.ToString(System.Globalization.CultureInfo.InvariantCulture))), null, ct);

    /// <summary>Queues a delivery from the subscription's recent log again; answers its new state.</summary>
    public Task<WebhookDelivery> RedeliverAsync(string id, string deliveryId, CancellationToken ct = default) =>
        Send<WebhookDelivery>(HttpMethod.Post, $"api/webhooks/{Segment(id)}/deliveries/{Segment(deliveryId)}/redeliver", null, ct);

    private async Task<T> Send<T>(HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        using var response = await SendRaw(method, path, content, ct).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync<T>(ContractJson.Options, ct).ConfigureAwait(false)
            ?? throw new ReputationApiException(response.StatusCode, new ApiProblem { Title = "Empty response", Detail = $"{method} {path} answered no body." });
    }

    private async Task<HttpResponseMessage> SendRaw(HttpMethod method, string path, HttpContent? content, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add(ApiKeyHeader, apiKey);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw new ReputationApiException(response.StatusCode, await ReadProblem(response, ct).ConfigureAwait(false));
        }
    }

    private static async Task<ApiProblem> ReadProblem(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
        if (body.Length is > 0 and <= MaxErrorBodyChars && mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                if (JsonSerializer.Deserialize<ApiProblem>(body, ContractJson.Options) is { } problem)
                {
                    return problem with { Status = problem.Status ?? (int)response.StatusCode };
                }
            }
            catch (JsonException)
            {
                // Not problem details after all: fall through to a problem made from the status line.
            }
        }

        return new ApiProblem
        {
            Status = (int)response.StatusCode,
            Title = response.ReasonPhrase ?? ((HttpStatusCode)(int)response.StatusCode).ToString(),
            Detail = body.Length == 0 ? null : body[..Math.Min(body.Length, 500)],
        };
    }

    private static StringContent Json<T>(T value) =>
        new(JsonSerializer.Serialize(value, ContractJson.Options), Encoding.UTF8, "application/json");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return Uri.EscapeDataString(value);
    }

    private static string? ContractName<T>(T? value) where T : struct, Enum =>
        value is { } v ? JsonSerializer.Serialize(v, ContractJson.Options).Trim('"') : null;

    private static string Query(params (string Name, string? Value)[] parameters)
    {
        var present = parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}").ToArray();
        return present.Length == 0 ? "" : "?" + string.Join('&', present);
    }
}
