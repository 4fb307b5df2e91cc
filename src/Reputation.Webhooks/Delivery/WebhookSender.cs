using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Reputation.Webhooks.Safety;
using Reputation.Webhooks.Subscriptions;

namespace Reputation.Webhooks.Delivery;

/// <summary>Signs and POSTs a delivery through the vetted client (<see cref="ClientName"/>).</summary>
public sealed partial class WebhookSender(
    IHttpClientFactory clients,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookSender> logger) : IWebhookSender
{
    public const string ClientName = "reputation-webhooks";
    private const int MaxErrorLength = 300;

    public async Task<WebhookSendResult> SendAsync(WebhookSubscription subscription, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(delivery);
        var settings = options.Value;

        // Settings can change after a subscription was saved (AllowLoopback switched off): judge the URL again.
        var problem = WebhookUrlRules.Problem(subscription.Url, settings.AllowLoopback);
        if (problem is not null) return new(WebhookSendOutcome.Refused, null, $"refused: {problem}", TimeSpan.Zero);

        var body = Encoding.UTF8.GetBytes(delivery.Body);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscription.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookHeaders.Event, delivery.EventName);
        request.Headers.Add(WebhookHeaders.Delivery, delivery.Id);
        request.Headers.Add(WebhookHeaders.Timestamp, timestamp);
        request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Compute(subscription.Secret, timestamp, body));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.AttemptTimeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await clients.CreateClient(ClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var elapsed = Stopwatch.GetElapsedTime(started);
            return response.IsSuccessStatusCode
                ? new(WebhookSendOutcome.Delivered, status, null, elapsed)
                : new(WebhookSendOutcome.Failed, status, DescribeStatus(status), elapsed);
        }
        catch (Exception ex) when (FindRefusal(ex) is { } refusal)
        {
            LogRefused(logger, subscription.Id, delivery.Id, refusal.Message);
            return new(WebhookSendOutcome.Refused, null, refusal.Message, Stopwatch.GetElapsedTime(started));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(WebhookSendOutcome.Failed, null,
                $"no answer within {settings.AttemptTimeout.TotalSeconds:0.#} s", Stopwatch.GetElapsedTime(started));
        }
        catch (HttpRequestException ex)
        {
            return new(WebhookSendOutcome.Failed, null, Describe(ex), Stopwatch.GetElapsedTime(started));
        }
    }

    private static string DescribeStatus(int status) =>
        status is >= 300 and < 400 ? $"HTTP {status} (redirects are not followed)" : $"HTTP {status}";

    private static WebhookTargetRefusedException? FindRefusal(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
            if (ex is WebhookTargetRefusedException refused) return refused;
        return null;
    }

    private static string Describe(HttpRequestException ex)
    {
        var text = ex.InnerException is SocketException socket ? $"{ex.Message} ({socket.SocketErrorCode})" : ex.Message;
        return text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {SubscriptionId} delivery {DeliveryId} {Reason}")]
    private static partial void LogRefused(ILogger logger, string subscriptionId, string deliveryId, string reason);
}
