using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace Reputation.Server.Api;

/// <summary>
/// A request the framework cannot bind (malformed JSON, a wrong type, a non-number in a number parameter, a body
/// that is not JSON) ends as problem details that say which parameter failed and why, instead of a bare 400.
/// Requires <c>RouteHandlerOptions.ThrowOnBadRequest</c>, which turns those failures into this exception.
/// </summary>
public sealed class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    private const int MaxDetailChars = 500;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        // The JSON reader's message names the path and position of the fault; it is the useful part.
        var detail = bad.InnerException is JsonException json ? $"{bad.Message} {json.Message}" : bad.Message;
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = bad.StatusCode switch
                {
                    StatusCodes.Status413PayloadTooLarge => "Body too large",
                    StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
                    _ => "The request could not be read",
                },
                Detail = detail.Length > MaxDetailChars ? detail[..MaxDetailChars] + "…" : detail,
            },
        });
    }
}
