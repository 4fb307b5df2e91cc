using Reputation.Webhooks.Delivery;

namespace Reputation.Webhooks.Tests;

public sealed class RetryScheduleTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Max = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(7, 1920)]
    [InlineData(8, 3600)]
    [InlineData(500, 3600)]
    public void Ceiling_doubles_from_the_base_up_to_the_cap(int failures, int seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetrySchedule.Ceiling(failures, Base, Max));

    [Fact]
    public void Full_jitter_spreads_delays_between_zero_and_the_ceiling()
    {
        Assert.Equal(TimeSpan.Zero, RetrySchedule.Delay(3, Base, Max, 0));
        Assert.Equal(TimeSpan.FromSeconds(60), RetrySchedule.Delay(3, Base, Max, 0.5));
        Assert.True(RetrySchedule.Delay(3, Base, Max, 0.999) < TimeSpan.FromSeconds(120));
    }
}
