using Reputation.Abstractions.Alerts;

namespace Reputation.Webhooks.Tests.Infrastructure;

public static class Alerts
{
    public static Alert Make(string brand, AlertType type = AlertType.NegativeSpike, AlertSeverity severity = AlertSeverity.High, int version = 1)
    {
        var now = DateTimeOffset.UtcNow;
        return new Alert
        {
            Id = $"al_{Guid.NewGuid():N}",
            Brand = brand,
            Type = type,
            Severity = severity,
            Status = AlertStatus.Open,
            RaisedAt = now,
            UpdatedAt = now,
            Title = $"Negative spike for {brand}",
            Summary = "Negative mentions at 4x the baseline.",
            Score = 0.9,
            Reasons = ["negative ratio 4.0"],
            Version = version,
        };
    }
}
