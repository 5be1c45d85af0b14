using Retning.Web;
using Retning.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddRetning();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseRetning();
await app.RunAsync();

/// <summary>Entry point; public so WebApplicationFactory can start it in tests.</summary>
public partial class Program;
