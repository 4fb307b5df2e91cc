using Reputation.Deploy.Tests.Support;

namespace Reputation.Deploy.Tests;

/// <summary>deploy/Dockerfile: stages, user, ports.</summary>
public sealed class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepoPaths.Combine("deploy", "Dockerfile"));

    private static IEnumerable<string> Instructions(string keyword) =>
        Lines.Where(l => l.StartsWith(keyword + " ", StringComparison.Ordinal));

    [Fact]
    public void Builds_with_node_and_sdk_and_runs_on_aspnet()
    {
        var stages = Instructions("FROM").ToList();

        Assert.Contains(stages, s => s.StartsWith("FROM node:", StringComparison.Ordinal));
        Assert.Contains(stages, s => s.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:", StringComparison.Ordinal));
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:", stages[^1], StringComparison.Ordinal);
        Assert.Contains(Lines, l => l.Contains("dotnet publish src/Reputation.Server/Reputation.Server.csproj", StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.Contains("npm ci", StringComparison.Ordinal));
    }

    [Fact]
    public void Runs_as_non_root_exposes_the_three_ports_and_has_no_healthcheck()
    {
        var user = Assert.Single(Instructions("USER"));
        Assert.DoesNotContain("root", user, StringComparison.Ordinal);
        Assert.Equal("EXPOSE 8080 11111 30000", Assert.Single(Instructions("EXPOSE")));
        Assert.Empty(Instructions("HEALTHCHECK"));
        Assert.Equal("ENTRYPOINT [\"dotnet\", \"Reputation.Server.dll\"]", Assert.Single(Instructions("ENTRYPOINT")));
    }

    [Fact]
    public void Build_context_ignore_file_keeps_build_outputs_out()
    {
        var ignore = File.ReadAllLines(RepoPaths.Combine("deploy", "Dockerfile.dockerignore"));

        Assert.Contains("**/bin/", ignore);
        Assert.Contains("**/obj/", ignore);
        Assert.Contains("**/node_modules/", ignore);
    }
}
