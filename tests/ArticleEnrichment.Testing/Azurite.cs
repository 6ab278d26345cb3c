using Xunit;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ArticleEnrichment.Testing;

/// <summary>
/// A real Azurite blob service for one test class (xunit class fixture): installed by <c>npm ci</c> into the
/// repo's node_modules, started on a free loopback port with a fresh data folder, stopped by its process id.
/// </summary>
public sealed class Azurite : IAsyncLifetime
{
    // Azurite's fixed development account; not a secret (documented by Microsoft for the emulator).
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? process;
    private string? dataFolder;

    public int Port { get; private set; }

    /// <summary>A connection string for this Azurite instance.</summary>
    public string ConnectionString => ConnectionStringFor(Port);

    /// <summary>The development account's connection string for a blob endpoint on loopback port <paramref name="port"/>.</summary>
    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    public async Task InitializeAsync()
    {
        var executable = RepoPaths.RepoFile("node_modules", ".bin", "azurite-blob");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed: run 'npm ci' in {RepoPaths.Root} (the tests need a real Azurite).");
        }

        dataFolder = Directory.CreateTempSubdirectory("azurite-test-").FullName;
        Port = FreePort();
        var start = new ProcessStartInfo(executable)
        {
            ArgumentList =
            {
                "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--location", dataFolder, "--silent", "--skipApiVersionCheck", "--disableTelemetry", "--loose",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        // Azurite starts in about 1.5 s here; allow 30 s on a loaded machine before giving up.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} while starting.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException("Azurite did not listen within 30 s.");
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process?.Dispose();
        if (dataFolder is not null)
        {
            try
            {
                Directory.Delete(dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by the exiting process; the temp folder is cleaned by the OS later.
            }
        }

        return Task.CompletedTask;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
