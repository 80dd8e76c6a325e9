using KnowledgeGraph.Api.LoadBaseline;

// Usage: KnowledgeGraph.Api.LoadBaseline PORT DIR, where DIR holds NAME.request.json / NAME.response.json pairs.
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: KnowledgeGraph.Api.LoadBaseline PORT DIR");
    return 2;
}

await RawJsonEndpoint.RunAsync(int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture), args[1]);
return 0;
