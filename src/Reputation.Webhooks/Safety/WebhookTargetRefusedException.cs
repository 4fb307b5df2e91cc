namespace Reputation.Webhooks.Safety;

/// <summary>The subscriber URL points somewhere webhooks must never go; retrying cannot help.</summary>
public sealed class WebhookTargetRefusedException(string reason) : Exception(reason);
