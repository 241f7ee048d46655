using Wasel.Messaging;

namespace Wasel.Tests.Messaging;

public class IntakePressureTests
{
    [Fact]
    public async Task A_slow_acknowledgement_puts_the_pressure_on_for_a_second_and_fast_ones_do_not()
    {
        var pressure = new IntakePressure();
        pressure.Report(TimeSpan.FromMilliseconds(3));
        Assert.False(pressure.High);

        pressure.Report(IntakePressure.SlowAck + TimeSpan.FromMilliseconds(1));
        Assert.True(pressure.High);
        pressure.Report(TimeSpan.FromMilliseconds(1)); // a fast batch does not end it early
        Assert.True(pressure.High);

        await Task.Delay(TimeSpan.FromSeconds(1.2), TestContext.Current.CancellationToken);
        Assert.False(pressure.High);
    }
}
