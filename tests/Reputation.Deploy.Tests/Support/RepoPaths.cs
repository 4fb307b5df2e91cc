namespace Reputation.Deploy.Tests.Support;

/// <summary>Finds files of the repository from the test assembly's output folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Every file under <paramref name="relativeFolder"/> whose extension is one of <paramref name="extensions"/>.</summary>
    public static IReadOnlyList<string> FilesUnder(string relativeFolder, params string[] extensions)
    {
        var folder = Combine(relativeFolder);
        Assert.True(Directory.Exists(folder), $"missing folder {folder}");
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    // Walk up rather than hard-code a depth: the output folder differs between
    // dotnet test, IDE runners and CI artifacts layouts.
    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Reputation.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds Reputation.sln.");
    }
}
