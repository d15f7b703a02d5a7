// The reverse proxy in front of the app's nodes (YARP): what it does is all in proxy.json — the nodes, sticky
// sessions (a Blazor circuit lives on the node that opened it), WebSockets, health checks that take a dead node out,
// and the X-Forwarded-For/-Proto headers the nodes read the client's address and scheme from. (Not appsettings.json:
// the test project builds the proxy too, and a second appsettings.json would take the app's place in its output.)
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "proxy.json"), optional: false, reloadOnChange: true);
builder.Configuration.AddEnvironmentVariables().AddCommandLine(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();
app.MapReverseProxy();
app.Run();
