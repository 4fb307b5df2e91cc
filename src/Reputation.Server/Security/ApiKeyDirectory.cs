using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Reputation.Abstractions.Hosting;

namespace Reputation.Server.Security;

/// <summary>A person or system that presented a valid key.</summary>
public sealed record Principal(string Name, string Role);

/// <summary>
/// Resolves API keys to principals. Keys are compared as SHA-256 digests in constant time, and never kept
/// or logged in the clear beyond configuration.
/// </summary>
public sealed class ApiKeyDirectory
{
    private static readonly HashSet<string> ValidRoles = [Roles.Ingester, Roles.Viewer, Roles.Responder, Roles.Admin];
    private readonly List<(byte[] Digest, Principal Principal)> entries = [];

    public ApiKeyDirectory(IOptions<AuthOptions> options, AdminKeyProvider adminKey)
    {
        entries.Add((Digest(adminKey.Key), new Principal("admin", Roles.Admin)));
        foreach (var user in options.Value.Users)
        {
            if (string.IsNullOrWhiteSpace(user.Name) || user.Key.Length < 16 || !ValidRoles.Contains(user.Role))
            {
                throw new InvalidOperationException(
                    $"Auth:Users entry '{user.Name}' needs a name, a role (ingester, viewer, responder or admin) and a key of at least 16 characters.");
            }

            entries.Add((Digest(user.Key), new Principal(user.Name, user.Role)));
        }
    }

    public Principal? Find(string? key)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 512)
        {
            return null;
        }

        var digest = Digest(key);
        Principal? found = null;
        foreach (var (candidate, principal) in entries)
        {
            // Look at every entry so the time taken does not tell which one matched.
            if (CryptographicOperations.FixedTimeEquals(candidate, digest))
            {
                found = principal;
            }
        }

        return found;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
