namespace Wasel.Sandbox.Tests;

public class SandboxStartsTests
{
    [Fact]
    public void Default_settings_are_valid()
    {
        var result = new SandboxOptionsValidator().Validate(null, new SandboxOptions());
        Assert.True(result.Succeeded, result.FailureMessage);
    }

    [Fact]
    public void Bad_phone_number_id_names_the_setting()
    {
        var result = new SandboxOptionsValidator().Validate(null, new SandboxOptions { PhoneNumberId = "abc" });
        Assert.Contains("Sandbox:PhoneNumberId", result.FailureMessage);
    }
}
