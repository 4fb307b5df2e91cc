using Microsoft.Extensions.Options;

namespace Reputation.Webhooks.Hosting;

/// <summary>Fails start-up with every out-of-range <c>Webhooks</c> setting named.</summary>
internal sealed class WebhookOptionsValidator : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var problems = options.Problems().ToArray();
        return problems.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
