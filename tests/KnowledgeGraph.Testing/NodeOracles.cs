using System.Diagnostics;

namespace KnowledgeGraph.Testing;

/// <summary>Runs the JavaScript oracles of tests/oracles (graphql-js, graphql-http, playwright), installing them once with npm ci.</summary>
public static class NodeOracles
{
    private static readonly Lazy<string> Installed = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "oracles");

    /// <summary>Runs <c>node script args…</c> in tests/oracles and returns its standard output; throws with stderr when it exits non-zero.</summary>
    public static async Task<string> RunAsync(string script, IEnumerable<string> args, TimeSpan? timeout = null, bool allowFailure = false)
    {
        _ = Installed.Value;
        var (exit, output, error) = await ExecAsync("node", [script, .. args], Directory, timeout ?? TimeSpan.FromMinutes(3));
        if (exit != 0 && !allowFailure)
        {
            throw new InvalidOperationException($"node {script} exited with {exit}: {error}\n{output}");
        }

        return output;
    }

    public static async Task<(int Exit, string Output, string Error)> ExecAsync(string file, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException(file + " did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {timeout}");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string Install()
    {
        var (exit, output, error) = ExecAsync("bash", ["install.sh"], Directory, TimeSpan.FromMinutes(10)).GetAwaiter().GetResult();
        return exit == 0 ? output : throw new InvalidOperationException($"npm ci in tests/oracles failed ({exit}): {error}\n{output}");
    }
}
