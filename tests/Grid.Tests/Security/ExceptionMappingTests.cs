using Grid.Silo.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Storage;

namespace Grid.Tests.Security;

/// <summary>
/// An ETag conflict only happens when two activations of one grain write at once, during a silo failover,
/// which no HTTP call can bring about on demand: the handler is given the exception directly.
/// </summary>
public sealed class ExceptionMappingTests
{
    [Fact]
    public async Task EtagConflict_IsA503ToRetry_NotA500()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var handler = new GridExceptionHandler(NullLogger<GridExceptionHandler>.Instance);
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();

        var handled = await handler.TryHandleAsync(context, new InconsistentStateException("Version conflict (WriteState)", "7", "6"), default);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("1", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        Assert.Contains("safe to retry", await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task EtagConflict_IsExplainedInChinese_WhenTheCallerReadsChinese()
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var handler = new GridExceptionHandler(NullLogger<GridExceptionHandler>.Instance);
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Headers.AcceptLanguage = "zh-CN";
        context.Response.Body = new MemoryStream();

        Assert.True(await handler.TryHandleAsync(context, new InconsistentStateException("Version conflict (WriteState)", "7", "6"), default));

        Assert.Equal("zh-CN", context.Response.Headers.ContentLanguage.ToString());
        context.Response.Body.Position = 0;
        Assert.Contains("可以放心重试", await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task BadRequest_FromACallerWhoAcceptsNoJson_IsStillA400()
    {
        // The problem details service declines to write for such a caller; the answer must not turn into a 500.
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var handler = new GridExceptionHandler(NullLogger<GridExceptionHandler>.Instance);
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Headers.Accept = "text/csv";
        context.Response.Body = new MemoryStream();

        Assert.True(await handler.TryHandleAsync(context, new BadHttpRequestException("Unexpected end of request content."), default));

        Assert.Equal(StatusCodes.Status400BadRequest, context.Response.StatusCode);
    }
}
