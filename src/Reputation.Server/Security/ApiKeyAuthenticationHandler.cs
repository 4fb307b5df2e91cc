using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Reputation.Server.Security;

/// <summary>Authenticates programmatic callers by the <c>X-Api-Key</c> header or an <c>Authorization: Bearer</c> key.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyDirectory directory) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers[HeaderName].FirstOrDefault();
        if (key is null && Request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            key = auth["Bearer ".Length..].Trim();
        }

        // Browsers cannot set headers on WebSocket upgrades; SignalR clients send the key as access_token.
        if (key is null && Request.Path.StartsWithSegments("/hubs") && Request.Query["access_token"].FirstOrDefault() is { } token)
        {
            key = token;
        }

        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var principal = directory.Find(key);
        return Task.FromResult(principal is null
            ? AuthenticateResult.Fail("Unknown API key.")
            : AuthenticateResult.Success(new AuthenticationTicket(ToClaimsPrincipal(principal, SchemeName), SchemeName)));
    }

    public static ClaimsPrincipal ToClaimsPrincipal(Principal principal, string scheme) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, principal.Name), new Claim(ClaimTypes.Role, principal.Role)], scheme));
}
