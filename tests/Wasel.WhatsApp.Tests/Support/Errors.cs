using Wasel.WhatsApp.Validation;

namespace Wasel.WhatsApp.Tests.Support;

internal static class ValidationAssert
{
    /// <summary>Asserts that exactly the given field is reported (and nothing else), returning its message.</summary>
    public static string SingleError(IReadOnlyList<ValidationError> errors, string field)
    {
        var error = Assert.Single(errors);
        Assert.Equal(field, error.Field);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        return error.Message;
    }

    public static void HasError(IReadOnlyList<ValidationError> errors, string field) =>
        Assert.True(errors.Any(e => e.Field == field),
            $"Expected an error on {field}; got: {string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}"))}");
}
