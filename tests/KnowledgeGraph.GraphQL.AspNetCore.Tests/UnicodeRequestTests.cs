using System.Net;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// Bad Unicode anywhere in a request (issue 11: these were 500s with an empty body) is a 400 with a JSON body naming
/// the problem; a UTF-8 byte order mark before the JSON is accepted.
/// </summary>
public sealed class UnicodeRequestTests(OracleServer server) : IClassFixture<OracleServer>
{
    private static async Task<(HttpStatusCode Status, string Body)> PostBytes(string url, byte[] body)
    {
        using var http = new HttpClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static void AssertJsonError(string body, string fragment)
    {
        using var json = JsonDocument.Parse(body); // the body is valid JSON
        var message = json.RootElement.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains(fragment, message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"query":"{__typename}","variables":{"k":"\ud800"}}""", "unpaired surrogate")]
    [InlineData("""{"query":"{__typename}","variables":{"k":["a",{"deep":"\udc00x"}]}}""", "unpaired surrogate")]
    [InlineData("""{"query":"{__typename}","variables":{"\ud800":1}}""", "A key of a JSON object")]
    [InlineData("""{"query":"{__typename \ud83d}"}""", "unpaired surrogate")]
    [InlineData("""{"query":"{__typename}","operationName":"\udfff"}""", "unpaired surrogate")]
    [InlineData("""{"query":"{__typename}","extensions":{"x":"\ud800\ud800"}}""", "unpaired surrogate")]
    public async Task Unpaired_surrogate_escapes_are_400_with_a_json_message(string body, string fragment)
    {
        var (status, text) = await PostBytes(server.Url, Encoding.UTF8.GetBytes(body));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertJsonError(text, fragment);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // a surrogate encoded as UTF-8 (CESU)
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98 })] // truncated
    public async Task Invalid_utf8_in_a_string_is_400_with_a_json_message(byte[] bad)
    {
        foreach (var (prefix, suffix) in new[] { ("{\"query\":\"{__typename}\",\"variables\":{\"k\":\"", "\"}}"), ("{\"query\":\"{__typename}\",\"variables\":{\"", "\":1}}"), ("{\"query\":\"{__typename ", "}\"}") })
        {
            var body = Encoding.UTF8.GetBytes(prefix).Concat(bad).Concat(Encoding.UTF8.GetBytes(suffix)).ToArray();
            var (status, text) = await PostBytes(server.Url, body);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            AssertJsonError(text, "JSON");
        }
    }

    [Fact]
    public async Task The_GET_variables_parameter_with_a_lone_surrogate_is_400()
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Url + "?query=" + Uri.EscapeDataString("{__typename}") + "&variables=" + Uri.EscapeDataString("{\"k\":\"\\ud800\"}"));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertJsonError(await response.Content.ReadAsStringAsync(), "\"variables\" parameter is not valid JSON");
    }

    [Fact]
    public async Task A_byte_order_mark_before_the_json_is_accepted()
    {
        var body = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("{\"query\":\"{__typename}\"}")).ToArray();
        var (status, text) = await PostBytes(server.Url, body);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("{\"data\":{\"__typename\":\"QueryRoot\"}}", text);
    }

    [Fact]
    public async Task A_surrogate_pair_is_fine()
    {
        var (status, text) = await PostBytes(server.Url, Encoding.UTF8.GetBytes("""{"query":"{__typename}","variables":{"k":"\ud83d\ude00"}}"""));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("__typename", text, StringComparison.Ordinal);
    }
}
