using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Reputation.Server.Security;

namespace Reputation.Server.Api;

/// <summary>Browser sign-in with an API key, sign-out, and who am I.</summary>
public static class AuthEndpoints
{
    public sealed record LoginRequest(string? Key);

    public sealed record WhoAmI(string Name, string Role);

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Auth");

        group.MapPost("/login", async (HttpContext http, ApiKeyDirectory directory) =>
        {
            string? key;
            try
            {
                key = http.Request.HasFormContentType
                    ? http.Request.Form["key"].FirstOrDefault()
                    : (await http.Request.ReadFromJsonAsync<LoginRequest>(http.RequestAborted))?.Key;
            }
            catch (System.Text.Json.JsonException)
            {
                // A malformed body is the caller's mistake, not a server error.
                return Results.Problem(title: "Not a sign-in request", detail: "Send {\"key\": \"...\"} as JSON, or a form with a key field.", statusCode: StatusCodes.Status400BadRequest);
            }

            var principal = directory.Find(key);
            if (principal is null)
            {
                return Results.Problem(title: "Sign-in failed", detail: "That API key is not valid.", statusCode: StatusCodes.Status401Unauthorized);
            }

            await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                ApiKeyAuthenticationHandler.ToClaimsPrincipal(principal, CookieAuthenticationDefaults.AuthenticationScheme));
            return http.Request.HasFormContentType ? Results.Redirect("/") : Results.Ok(new WhoAmI(principal.Name, principal.Role));
        })
        .AllowAnonymous()
        .DisableAntiforgery()
        .WithName("Login")
        .WithSummary("Sign in with an API key")
        .WithDescription("Sets the session cookie the web view uses. A form post redirects to the page; a JSON post answers who signed in.")
        .Accepts<LoginRequest>("application/json", "application/x-www-form-urlencoded")
        .Produces<WhoAmI>()
        .Produces(StatusCodes.Status302Found)
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.NoContent();
        })
        .AllowAnonymous()
        .WithName("Logout")
        .WithSummary("Sign out")
        .WithDescription("Clears the session cookie; succeeds whether or not a session exists.")
        .Produces(StatusCodes.Status204NoContent);

        group.MapGet("/me", (HttpContext http) =>
            new WhoAmI(http.User.Identity?.Name ?? "", http.User.FindFirst(System.Security.Claims.ClaimTypes.Role)?.Value ?? ""))
            .WithName("WhoAmI")
            .WithSummary("Who the key or session belongs to, and its role")
            .Produces<WhoAmI>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        return app;
    }
}
