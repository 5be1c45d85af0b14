using Microsoft.Playwright;
using Retning.Testing;

[assembly: AssemblyFixture(typeof(Retning.BrowserTests.Infrastructure.BrowserFixture))]

namespace Retning.BrowserTests.Infrastructure;

/// <summary>
/// One Retning on a real Kestrel socket (demo data seeded, real-time clock so TOTP in the
/// browser matches), one Playwright driver and one headless Debian Chromium for the whole
/// assembly. Every test gets its own browser context (cookies) through <see cref="NewSessionAsync"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private TestDatabase? _database;
    private RetningApp? _app;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private readonly HashSet<Guid> _claimedCitizens = [];

    public RetningApp App => _app ?? throw new InvalidOperationException("The fixture is not initialised.");
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialised.");
    public Uri BaseAddress { get; private set; } = default!;

    public async ValueTask InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(10_000);
        if (Directory.Exists(Artifacts.ScreenshotFolder))
        {
            foreach (var old in Directory.EnumerateFiles(Artifacts.ScreenshotFolder, "*.png"))
            {
                File.Delete(old);
            }
        }

        Directory.CreateDirectory(Artifacts.ScreenshotFolder);

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"The browser tests use Debian's Chromium at {ChromiumPath}: apt-get install -y chromium (never 'playwright install').");
        }

        _database = await TestDatabase.CreateAsync();
        _app = new RetningApp(_database, kestrel: true, start: DateTimeOffset.UtcNow);

        // Starting the server and the browser are independent; do them side by side.
        var server = Task.Run(() => _app.ServerAddress);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });
        BaseAddress = await server;
    }

    /// <summary>
    /// The test classes run side by side on one database, so "a citizen without a plan" read by two
    /// tests at once can be the same citizen. A test that gives a citizen a plan claims them here
    /// first: the first candidate (in the caller's order) no other test has claimed.
    /// A test that only needs "some child with a plan" makes one with <see cref="TestCitizens"/> instead.
    /// </summary>
    public Guid ClaimCitizen(IEnumerable<Guid> candidates, string purpose)
    {
        lock (_claimedCitizens)
        {
            foreach (var id in candidates)
            {
                if (_claimedCitizens.Add(id))
                {
                    return id;
                }
            }
        }

        throw new InvalidOperationException($"No unclaimed demo citizen left for: {purpose}.");
    }

    /// <summary>A fresh browser context and page for one test, 1280×800 unless told otherwise.</summary>
    public async Task<BrowserSession> NewSessionAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "da-DK",
            TimezoneId = "Europe/Copenhagen",
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        var test = TestContext.Current.TestMethod?.MethodName ?? "test";
        return new BrowserSession(context, page, BaseAddress.ToString(), test, $"{width}x{height}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
