using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Reputation.Abstractions.Hosting;

namespace Reputation.Server.Security;

/// <summary>
/// Two ways in: an API key (integrations, the CLI, tests) or a browser session cookie obtained by signing in
/// with a key. APIs answer 401/403 instead of redirecting; only pages redirect to the sign-in page.
/// </summary>
public static class AuthSetup
{
    private const string SmartScheme = "ApiKeyOrCookie";

    public static IServiceCollection AddReputationAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        services.AddSingleton<AdminKeyProvider>();
        services.AddSingleton<ApiKeyDirectory>();

        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "API key or cookie", o => o.ForwardDefaultSelector = ctx =>
                ctx.Request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName)
                || ctx.Request.Headers.Authorization.Count > 0
                || (ctx.Request.Path.StartsWithSegments("/hubs") && ctx.Request.Query.ContainsKey("access_token"))
                    ? ApiKeyAuthenticationHandler.SchemeName
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddCookie(CookieAuthenticationDefaults.AuthenticationScheme, o =>
            {
                var lifetime = configuration.GetSection(AuthOptions.Section).GetValue<TimeSpan?>(nameof(AuthOptions.SessionLifetime));
                o.Cookie.Name = "reputation.session";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = lifetime ?? new AuthOptions().SessionLifetime;
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.Events.OnRedirectToLogin = ctx => Deny(ctx, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = ctx => Deny(ctx, StatusCodes.Status403Forbidden);
            });

        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Policies.View, p => p.RequireRole(Roles.Viewer, Roles.Responder, Roles.Admin))
            .AddPolicy(Roles.Policies.Respond, p => p.RequireRole(Roles.Responder, Roles.Admin))
            .AddPolicy(Roles.Policies.Administer, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Roles.Policies.Ingest, p => p.RequireRole(Roles.Ingester, Roles.Admin))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    private static Task Deny(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        // Pages go to the sign-in page; API and hub calls get a status code a client can act on.
        if (status == StatusCodes.Status401Unauthorized && !ctx.Request.Path.StartsWithSegments("/api") && !ctx.Request.Path.StartsWithSegments("/hubs"))
        {
            ctx.Response.Redirect(ctx.RedirectUri);
            return Task.CompletedTask;
        }

        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
