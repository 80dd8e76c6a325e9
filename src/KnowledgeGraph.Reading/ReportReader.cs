using System.Security.Cryptography;

namespace KnowledgeGraph.Reading;

/// <summary>Limits on what the reader accepts.</summary>
public sealed record ReaderOptions
{
    /// <summary>
    /// Largest report accepted, in bytes, by every entry point (a file for <c>kg ingest</c>, the UTF-8 text of
    /// <c>ingestReport</c>): 2 MiB, where a year's report is tens of kilobytes (the largest seen is 87 KB).
    /// </summary>
    public long MaxFileBytes { get; init; } = DefaultMaxReportBytes;

    /// <summary>The one report size limit (2 MiB).</summary>
    public const long DefaultMaxReportBytes = 2L * 1024 * 1024;

    /// <summary>File name extensions read as reports.</summary>
    public IReadOnlyList<string> Extensions { get; init; } = [".txt", ".html", ".htm"];
}

/// <summary>
/// Reads report files and folders: size limit, encoding detection, HTML to visible text, line breaks
/// normalised. Every failure is a <see cref="ReportReadException"/> naming the file and the problem.
/// </summary>
public sealed class ReportReader(ReaderOptions? options = null)
{
    private readonly ReaderOptions options = options ?? new ReaderOptions();

    /// <summary>
    /// Expands paths into report files: a file stands for itself, a folder for its report files
    /// (by extension, recursively, in ordinal order). A missing path is reported, not skipped.
    /// </summary>
    public IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => options.Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }

    public async Task<ReportText> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ReportReadException(path, "is a folder; pass report files or let the folder be expanded");
        }

        if (!File.Exists(path))
        {
            throw new ReportReadException(path, "no such file");
        }

        var length = new FileInfo(path).Length;
        CheckSize(path, length);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportReadException(path, "cannot be read: " + e.Message);
        }

        return Read(path, bytes);
    }

    /// <summary>Reads a report from bytes already in memory (an upload); <paramref name="fileName"/> names it.</summary>
    public ReportText Read(string fileName, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        CheckSize(fileName, bytes.Length);
        var (decoded, encoding) = TextDecoder.Decode(fileName, bytes);
        var source = decoded.ReplaceLineEndings("\n");
        var isHtml = Path.GetExtension(fileName).StartsWith(".htm", StringComparison.OrdinalIgnoreCase) || HtmlText.LooksLikeHtml(source);
        var (title, text) = isHtml ? HtmlText.Extract(source) : (null, source);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ReportReadException(fileName, isHtml ? "the page has no visible text" : "the file holds only white space");
        }

        if (TextSubstance.Problem(text) is { } problem)
        {
            throw new ReportReadException(fileName, problem);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new ReportText(Path.GetFileName(fileName), hash, encoding, isHtml ? ReportFormat.Html : ReportFormat.Text, source, text, title);
    }

    private void CheckSize(string path, long length)
    {
        if (length > options.MaxFileBytes)
        {
            throw new ReportReadException(path, $"the file is {length:N0} bytes, over the limit of {options.MaxFileBytes:N0} bytes for one report");
        }
    }
}
