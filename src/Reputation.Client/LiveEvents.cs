using Reputation.Abstractions.Grains;
using Reputation.Abstractions.Live;

namespace Reputation.Client;

/// <summary>A brand's minute bucket changed (hub event <c>minute</c>).</summary>
public sealed record BrandMinute(string Brand, TimelineBucket Bucket);

/// <summary>New mentions of a brand for the live feed (hub event <c>mentions</c>).</summary>
public sealed record BrandMentions(string Brand, IReadOnlyList<MentionFeedItem> Mentions);
