using Hosted;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.Services.AddDbContext<HostedContext>(options => options.UseSqlite(builder.Configuration.GetConnectionString("Main") ?? "Data Source=hosted.db"));
using IHost host = builder.Build();

// Design-time tools stop the application here, once the host is built: it never runs.
await host.RunAsync();
