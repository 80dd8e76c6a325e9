namespace KnowledgeGraph.Reading;

/// <summary>A report file could not be read; the message names the file and what is wrong with it.</summary>
public sealed class ReportReadException : Exception
{
    public ReportReadException(string path, string problem)
        : base($"{path}: {problem}")
    {
        Path = path;
        Problem = problem;
    }

    public ReportReadException()
        : this("(unknown)", "cannot be read")
    {
    }

    public ReportReadException(string message)
        : this("(unknown)", message)
    {
    }

    public ReportReadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = "(unknown)";
        Problem = message;
    }

    /// <summary>The file that failed.</summary>
    public string Path { get; }

    /// <summary>What is wrong, without the path.</summary>
    public string Problem { get; }
}
