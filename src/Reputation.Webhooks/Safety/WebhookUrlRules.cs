using System.Net;

namespace Reputation.Webhooks.Safety;

/// <summary>What a subscriber URL may look like; checked when a subscription is saved and again before each send.</summary>
public static class WebhookUrlRules
{
    public const int MaxLength = 2048;

    /// <summary>The problem with <paramref name="url"/>, or null when it is acceptable.</summary>
    public static string? Problem(string url, bool allowLoopback)
    {
        if (url.Length > MaxLength) return $"url must be at most {MaxLength} characters.";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return "url must be an absolute https URL, for example https://hooks.example.com/reputation.";
        if (uri.UserInfo.Length > 0) return "url must not contain a user name or password; use the secret to authenticate.";
        if (uri.Fragment.Length > 0) return "url must not contain a fragment (#...).";

        var loopbackHost = IsLoopbackHost(uri);
        if (loopbackHost && !allowLoopback)
            return "url must not target the local machine (127.0.0.1, localhost, [::1]).";
        if (uri.Scheme == "http" && !loopbackHost)
            return allowLoopback
                ? "url must use https; http is allowed only for 127.0.0.1, localhost or [::1] in development."
                : "url must use https.";

        // A literal address can be judged now; names are judged at send time, when they are resolved.
        if (uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && IPAddress.TryParse(uri.IdnHost.Trim('[', ']'), out var literal)
            && AddressPolicy.ForbiddenKind(literal, allowLoopback) is { } kind)
            return $"url targets {literal}, which is {kind}; webhooks may only reach public addresses.";
        return null;
    }

    private static bool IsLoopbackHost(Uri uri) =>
        uri.IsLoopback || string.Equals(uri.IdnHost, "localhost", StringComparison.OrdinalIgnoreCase);
}
