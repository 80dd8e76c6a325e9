using System.Net;
using System.Text;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests;

/// <summary>Status codes and errors of the endpoint beyond the audits: GET mutations, bad bodies, limits.</summary>
public sealed class HttpBehaviourTests(OracleServer server) : IClassFixture<OracleServer>
{
    private static async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> Post(string url, string body, string accept = "application/graphql-response+json", string contentType = "application/json")
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        request.Headers.Accept.ParseAdd(accept);
        var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405_with_Allow_POST()
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(server.Url + "?query=" + Uri.EscapeDataString("mutation { renameDog(name: \"x\") { name } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
        Assert.Contains("Cannot execute mutation operations over this method.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mutation_over_POST_runs() =>
        Assert.Equal("{\"data\":{\"renameDog\":{\"name\":\"Renamed\"}}}", (await Post(server.Url, "{\"query\":\"mutation { renameDog(name: \\\"x\\\") { name } }\"}")).Body);

    [Fact]
    public async Task Validation_errors_are_400_with_graphql_response_json_and_200_with_json()
    {
        const string body = "{\"query\":\"{ dog { nope } }\"}";
        var strict = await Post(server.Url, body);
        var legacy = await Post(server.Url, body, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Equal(strict.Body, legacy.Body);
        Assert.Contains("Cannot query field \\\"nope\\\" on type \\\"Dog\\\".", strict.Body, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"GRAPHQL_VALIDATION_FAILED\"", strict.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", strict.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "not valid JSON")]
    [InlineData("[1]", "must be a JSON object")]
    [InlineData("{\"query\": 1}", "\\\"query\\\" parameter must be a string")]
    [InlineData("{\"query\": \"{ dog { name } }\", \"variables\": \"x\"}", "\\\"variables\\\" parameter must be an object or null")]
    [InlineData("{}", "\\\"query\\\" parameter is missing")]
    public async Task Malformed_requests_are_400_with_a_clear_message(string body, string message)
    {
        var (status, text, _) = await Post(server.Url, body);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_content_types_are_415()
    {
        var (status, text, _) = await Post(server.Url, "query=x", contentType: "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("send application/json", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unacceptable_accept_headers_are_406() =>
        Assert.Equal(HttpStatusCode.NotAcceptable, (await Post(server.Url, "{\"query\":\"{ dog { name } }\"}", "image/png")).Status);

    [Fact]
    public async Task Deep_queries_are_refused_before_execution()
    {
        var query = "{ human { " + string.Concat(Enumerable.Repeat("relatives { ", 20)) + "name" + new string('}', 21) + " }";
        var (status, text, _) = await Post(server.Url, "{\"query\":\"" + query + "\"}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("The operation is nested deeper than the limit of 15 levels.", text, StringComparison.Ordinal);
        Assert.Contains("The operation cost is ", text, StringComparison.Ordinal);
        Assert.Contains("LIMIT_EXCEEDED", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fragment_cycles_are_refused_before_execution()
    {
        var (status, text, _) = await Post(server.Url, "{\"query\":\"{ dog { ...A } } fragment A on Dog { mother { ...B } } fragment B on Dog { father { ...A } }\"}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Cannot spread fragment \\\"A\\\" within itself via \\\"B\\\".", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Oversized_documents_and_token_floods_are_refused_with_their_limits()
    {
        var longQuery = "{ dog { name } }" + new string(' ', 100_001);
        var (status, text, _) = await Post(server.Url, "{\"query\":\"" + longQuery + "\"}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("over the limit of 100000", text, StringComparison.Ordinal);

        var tokens = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 16_000)) + "} }";
        (status, text, _) = await Post(server.Url, "{\"query\":\"" + tokens + "\"}");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bodies_over_the_limit_are_413()
    {
        var (status, text, _) = await Post(server.Url, "{\"query\":\"" + new string(' ', 1_100_000) + "{ dog { name } }\"}");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("over the limit of 1048576 bytes", text, StringComparison.Ordinal);
    }
}
