using Reputation.Abstractions.Alerts;

namespace Reputation.Grains.Alerts;

/// <summary>An alert that was raised or changed, with the webhook/hub event name to announce it under.</summary>
internal sealed record AlertChange(Alert Alert, string EventName);
