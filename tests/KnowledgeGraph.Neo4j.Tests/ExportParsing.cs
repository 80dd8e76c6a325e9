using System.Text;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>Counts what an export holds by reading it back (not by asking the exporter).</summary>
internal static class ExportParsing
{
    /// <summary>Rows per label (MERGE (n:Label …)) and per type (MERGE (a)-[r:TYPE …]->(b)) in a Cypher script.</summary>
    public static (Dictionary<string, int> Nodes, Dictionary<string, int> Relationships) CountCypher(string script)
    {
        var nodes = new Dictionary<string, int>(StringComparer.Ordinal);
        var rels = new Dictionary<string, int>(StringComparer.Ordinal);
        var rows = 0;
        foreach (var line in script.Split('\n'))
        {
            if (line.StartsWith("{id: ", StringComparison.Ordinal))
            {
                rows++;
            }
            else if (line.StartsWith("MERGE (n:", StringComparison.Ordinal))
            {
                Add(nodes, line["MERGE (n:".Length..line.IndexOf(' ', "MERGE (n:".Length)], ref rows);
            }
            else if (line.StartsWith("MERGE (a)-[r:", StringComparison.Ordinal))
            {
                Add(rels, line["MERGE (a)-[r:".Length..line.IndexOf(' ', "MERGE (a)-[r:".Length)], ref rows);
            }
            else if (line == ";")
            {
                Assert.Equal(0, rows); // every batch ended in a MERGE that took its rows
            }
        }

        return (nodes, rels);
    }

    private static void Add(Dictionary<string, int> counts, string key, ref int rows)
    {
        counts[key] = counts.GetValueOrDefault(key) + rows;
        rows = 0;
    }

    /// <summary>Nodes per label (the ID space of id:ID(Label)) and relationships per :TYPE value in the CSV files.</summary>
    public static (Dictionary<string, int> Nodes, Dictionary<string, int> Relationships) CountCsv(IEnumerable<string> files)
    {
        var nodes = new Dictionary<string, int>(StringComparer.Ordinal);
        var rels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var records = ReadCsv(File.ReadAllText(file, Encoding.UTF8));
            var header = records[0];
            foreach (var record in records.Skip(1))
            {
                Assert.Equal(header.Count, record.Count);
                if (header[^1] == ":LABEL")
                {
                    var label = record[^1].Split(';')[0]; // a project's second label is its status
                    Assert.Equal($"id:ID({label})", header[0]);
                    nodes[label] = nodes.GetValueOrDefault(label) + 1;
                }
                else
                {
                    Assert.Equal(":TYPE", header[^1]);
                    rels[record[^1]] = rels.GetValueOrDefault(record[^1]) + 1;
                }
            }
        }

        return (nodes, rels);
    }

    /// <summary>RFC 4180 records: fields in double quotes may hold commas, newlines and doubled quotes.</summary>
    public static List<List<string>> ReadCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }

        Assert.False(quoted, "unterminated quoted field");
        Assert.True(field.Length == 0 && record.Count == 0, "the last record does not end in a newline");
        return records;
    }
}
