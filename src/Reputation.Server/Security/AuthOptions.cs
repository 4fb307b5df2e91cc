namespace Reputation.Server.Security;

/// <summary>Configuration section <c>Auth</c>: who holds which API key.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The admin key. When empty, the first start generates one, stores it in <see cref="AdminKeyFile"/> and prints it once.</summary>
    public string? AdminApiKey { get; set; }

    /// <summary>Where a generated admin key is kept between starts (relative to the content root).</summary>
    public string AdminKeyFile { get; set; } = ".reputation/admin.key";

    /// <summary>Further people or systems, each with a name (recorded on acknowledgements), a role and a key.</summary>
    public List<ApiKeyUser> Users { get; set; } = [];

    /// <summary>How long a browser login lasts.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
}

public sealed class ApiKeyUser
{
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string Key { get; set; } = "";
}
