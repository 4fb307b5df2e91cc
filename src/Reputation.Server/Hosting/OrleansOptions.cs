namespace Reputation.Server.Hosting;

/// <summary>Configuration section <c>Silo</c> (not <c>Orleans</c>, which Orleans reads itself): how silos find each other and where grain state lives.</summary>
public sealed class OrleansOptions
{
    public const string Section = "Silo";

    /// <summary><c>localhost</c> (single machine, the embedded default), <c>redis</c> or <c>kubernetes</c>.</summary>
    public string Clustering { get; set; } = "localhost";

    /// <summary><c>memory</c> (the embedded default), <c>redis</c> or <c>postgres</c> (ConnectionStrings:Postgres).</summary>
    public string Storage { get; set; } = "memory";

    public string ClusterId { get; set; } = "reputation";
    public string ServiceId { get; set; } = "reputation";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;
    /// <summary>For several localhost silos on one machine: the silo port of the first (primary) silo.</summary>
    public int? PrimarySiloPort { get; set; }
}
