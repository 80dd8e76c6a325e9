using System.Text;
using KnowledgeGraph.Cli;

Console.OutputEncoding = Encoding.UTF8;
return await KgApp.RunAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
