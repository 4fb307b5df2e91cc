namespace Reputation.Webhooks.Tests.Infrastructure;

/// <summary>Polls a condition that becomes true asynchronously; the limit is generous and only stops a hung test.</summary>
public static class Eventually
{
    public static async Task True(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Still waiting for: {what}");
            await Task.Delay(50);
        }
    }

    public static Task True(Func<bool> condition, string what, int seconds = 30) =>
        True(() => Task.FromResult(condition()), what, seconds);
}
