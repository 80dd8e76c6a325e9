using System.Text.RegularExpressions;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// The README's shell blocks name only what a clone has (no ../shared), and its <c>kg</c> commands that do not start a
/// server run as written, in process, from the repository root's point of view (relative paths resolved against it).
/// </summary>
public sealed partial class ReadmeCommandTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    private static List<string> Commands() =>
        [.. ShellBlock().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")))
            .SelectMany(m => m.Groups[1].Value.Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))];

    [Fact]
    public void Readme_commands_refer_only_to_what_a_clone_has()
    {
        var commands = Commands();
        Assert.NotEmpty(commands);
        foreach (var command in commands)
        {
            Assert.DoesNotContain("../shared", command, StringComparison.Ordinal);
            foreach (Match path in RepoPath().Matches(command))
            {
                var relative = path.Value.TrimEnd('*', '/').Replace("/*.snap", string.Empty, StringComparison.Ordinal);
                var full = Path.Combine(RepositoryPaths.Root, relative);
                Assert.True(File.Exists(full) || Directory.Exists(full), $"README command `{command}` names {path.Value}, which a clone does not have");
            }
        }
    }

    [Fact]
    public async Task Readme_kg_commands_without_a_server_run_as_written()
    {
        var ran = 0;
        foreach (var command in Commands())
        {
            var match = KgCommand().Match(command);
            if (!match.Success || match.Groups[1].Value.StartsWith("serve", StringComparison.Ordinal))
            {
                continue;
            }

            var args = match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(a => File.Exists(Path.Combine(RepositoryPaths.Root, a)) || Directory.Exists(Path.Combine(RepositoryPaths.Root, a)) ? Path.Combine(RepositoryPaths.Root, a) : a)
                .Append("--data-dir").Append(temp.File("data"))
                .ToArray();
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = await KgApp.RunAsync(args, output, error);
            Assert.True(exit == 0, $"README command `{command}` exited {exit}: {error}");
            ran++;
        }

        Assert.True(ran > 0, "the README should show at least one kg command besides serve");
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"(?<![\w./-])(?:src|tests|graph-seed|schema)/[\w./*-]+")]
    private static partial Regex RepoPath();

    [GeneratedRegex(@"^dotnet run --project src/KnowledgeGraph\.Cli -- (.+)$")]
    private static partial Regex KgCommand();
}
