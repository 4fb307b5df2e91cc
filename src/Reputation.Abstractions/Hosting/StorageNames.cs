namespace Reputation.Abstractions.Hosting;

/// <summary>Grain storage provider names; each maps to memory, Redis or PostgreSQL by configuration.</summary>
public static class StorageNames
{
    public const string Brands = "brands";
    public const string Alerts = "alerts";
    public const string Webhooks = "webhooks";
}
