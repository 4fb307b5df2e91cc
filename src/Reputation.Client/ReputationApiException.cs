using System.Net;

namespace Reputation.Client;

/// <summary>The server answered with an error; <see cref="Problem"/> holds its RFC 9457 problem details.</summary>
public sealed class ReputationApiException(HttpStatusCode statusCode, ApiProblem problem)
    : Exception(Describe(statusCode, problem))
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public ApiProblem Problem { get; } = problem;

    /// <summary>Validation messages per field (camelCase field names); empty unless the request was not valid.</summary>
    public IReadOnlyDictionary<string, string[]> Errors => Problem.Errors ?? new Dictionary<string, string[]>();

    private static string Describe(HttpStatusCode status, ApiProblem problem)
    {
        var text = $"{(int)status} {problem.Title ?? status.ToString()}";
        if (!string.IsNullOrEmpty(problem.Detail))
        {
            text += ": " + problem.Detail;
        }

        if (problem.Errors is { Count: > 0 } errors)
        {
            text += " (" + string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")) + ")";
        }

        return text;
    }
}

/// <summary>RFC 9457 problem details as the server writes them (validation problems add <see cref="Errors"/>).</summary>
public sealed record ApiProblem
{
    public string? Type { get; init; }
    public string? Title { get; init; }
    public int? Status { get; init; }
    public string? Detail { get; init; }
    public string? Instance { get; init; }
    public Dictionary<string, string[]>? Errors { get; init; }
}
