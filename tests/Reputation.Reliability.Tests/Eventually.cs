namespace Reputation.Reliability.Tests;

/// <summary>Polling for eventual conditions with generous limits: the tests assert outcomes, never durations.</summary>
public static class Eventually
{
    /// <summary>Polls until the condition holds or the time runs out; the last value is returned either way.</summary>
    public static async Task<T> Wait<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var value = await probe();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(250);
        }
    }
}
