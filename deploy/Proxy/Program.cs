// The reverse proxy in front of the app's nodes (YARP): what it does is all in appsettings.json — the nodes, sticky
// sessions (a Blazor circuit lives on the node that opened it), WebSockets, health checks that take a dead node out,
// and the X-Forwarded-For/-Proto headers the nodes read the client's address and scheme from.
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

var app = builder.Build();
app.MapReverseProxy();
app.Run();
