namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>Thrown to end a validation early (error cap reached, or a rule's work budget spent); the validator catches it.</summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException()
        : base("Validation aborted.")
    {
    }

    public ValidationAbortedException(string message)
        : base(message)
    {
    }

    public ValidationAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
