using FluentValidation.Results;

namespace Reputation.Server.Api;

/// <summary>Turns FluentValidation failures into RFC 9457 problem details with the messages per field.</summary>
public static class ValidationProblems
{
    public static IResult From(ValidationResult result) =>
        Results.ValidationProblem(
            result.Errors
                .GroupBy(e => ToCamel(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()),
            title: "The request is not valid.");

    private static string ToCamel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
