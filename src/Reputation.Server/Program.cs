using Reputation.Server.Hosting;
using Reputation.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCommandLine(args, CommandLineSwitches.Map);

builder.AddServiceDefaults();
builder.AddReputationSilo();
builder.AddReputationServer();

var app = builder.Build();
app.UseReputationServer();
app.MapDefaultEndpoints();
app.Run();

/// <summary>Visible to the functional tests, which host this program.</summary>
public partial class Program;
