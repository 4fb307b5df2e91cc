using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Reputation.Server.Security;

/// <summary>
/// The admin credential: from configuration when given, otherwise generated on the first start, kept in a
/// file readable by the owner only, and printed once so the quick start still takes one command.
/// </summary>
public sealed class AdminKeyProvider
{
    public AdminKeyProvider(IOptions<AuthOptions> options, IHostEnvironment environment, ILogger<AdminKeyProvider> logger)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.AdminApiKey))
        {
            Key = options.Value.AdminApiKey;
            return;
        }

        var path = Path.GetFullPath(options.Value.AdminKeyFile, environment.ContentRootPath);
        if (File.Exists(path))
        {
            Key = File.ReadAllText(path).Trim();
            logger.LogInformation("Admin API key read from {Path}", path);
            return;
        }

        Key = "rk_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Key);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        // Printed on the console only, once: it is the way in for the person who just started the service.
        Console.WriteLine($"""

            ==================================================================
             First start: an admin API key was created and saved in
             {path}
             Admin API key: {Key}
             Sign in to the web view with it, or send it as the X-Api-Key header.
            ==================================================================

            """);
    }

    public string Key { get; }
}
