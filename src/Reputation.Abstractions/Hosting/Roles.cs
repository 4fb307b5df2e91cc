namespace Reputation.Abstractions.Hosting;

/// <summary>
/// Who may do what: viewers read, responders also acknowledge and resolve, admins also manage brands and
/// webhooks. Ingesters (listening vendors pushing mentions) may only post mentions.
/// </summary>
public static class Roles
{
    public const string Ingester = "ingester";
    public const string Viewer = "viewer";
    public const string Responder = "responder";
    public const string Admin = "admin";

    /// <summary>Authorization policy names, one per minimum role.</summary>
    public static class Policies
    {
        public const string View = "can-view";
        public const string Respond = "can-respond";
        public const string Administer = "can-administer";
        public const string Ingest = "can-ingest";
    }
}
