using System.Text.Json;
using Reputation.Abstractions.Brands;
using Reputation.Abstractions.Json;

namespace Reputation.Cli.Commands;

/// <summary>Reads <c>--brands brands.json</c>: a JSON array of Brand objects (contract section 2), each validated.</summary>
internal static class BrandsFile
{
    /// <returns>The valid brands, or null after naming the problem (<paramref name="exitCode"/>: missing file or unusable content).</returns>
    public static IReadOnlyList<Brand>? Read(FileInfo? file, TextWriter errors, out int exitCode)
    {
        exitCode = CliIo.ExitCodes.Ok;
        if (file is null)
        {
            return [];
        }

        if (!file.Exists)
        {
            errors.WriteLine($"error: brands file not found: {file.FullName}");
            exitCode = CliIo.ExitCodes.InputMissing;
            return null;
        }

        List<Brand>? brands;
        try
        {
            using var stream = file.OpenRead();
            brands = JsonSerializer.Deserialize<List<Brand>>(stream, ContractJson.Options);
        }
        catch (JsonException ex)
        {
            errors.WriteLine($"error: {file.Name} is not a JSON array of brands: {ex.Message}");
            exitCode = CliIo.ExitCodes.DataError;
            return null;
        }

        var validator = new BrandValidator();
        var valid = new List<Brand>();
        foreach (var (brand, index) in (brands ?? []).Select((b, i) => (b, i)))
        {
            var result = validator.Validate(brand);
            if (result.IsValid)
            {
                valid.Add(brand);
            }
            else
            {
                errors.WriteLine($"{file.Name}[{index}]: {string.Join(" ", result.Errors.Select(e => e.ErrorMessage))}");
            }
        }

        return valid;
    }
}
