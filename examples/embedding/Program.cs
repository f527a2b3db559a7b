using System.Text.Json;
using Golfcart;

// A rules engine over a stream of JSON events.
//
//   dotnet run --project examples/embedding -- [RULES] [REPORT] < events.jsonl
//
// RULES holds one rule a line, "name: filter expression"; each event (one JSON object a line)
// is tested against every rule. REPORT is a Golfcart script that turns the counts into a
// report; it runs in a sandbox with limits, and may call back into the host (format_percent).

string rulesPath = args.Length > 0 ? args[0] : Path.Combine(AppContext.BaseDirectory, "rules.txt");
string reportPath = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "report.golf");

// 1. Compile the rules once. A broken rule is reported with its line, and skipped.
var rules = new List<(string Name, Filter Filter)>();
int lineNo = 0;
foreach (string line in File.ReadLines(rulesPath))
{
    lineNo++;
    if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
    int colon = line.IndexOf(':');
    if (colon < 0)
    {
        Console.Error.WriteLine($"{rulesPath}:{lineNo}: expected 'name: expression'");
        continue;
    }
    string name = line[..colon].Trim();
    try
    {
        rules.Add((name, Filter.Compile(line[(colon + 1)..].Trim(), $"rule {name}")));
    }
    catch (GolfcartSyntaxException e)
    {
        Console.Error.WriteLine($"{rulesPath}:{lineNo}: rule '{name}' does not compile: {e.Message}");
    }
}

// 2. Test every event against every rule.
var counts = rules.ToDictionary(r => r.Name, _ => 0);
int events = 0, bad = 0;
string? json;
while ((json = Console.In.ReadLine()) is not null)
{
    if (json.Trim().Length == 0) continue;
    events++;
    Dictionary<string, object?> ev;
    try
    {
        ev = (Dictionary<string, object?>)FromJson(JsonDocument.Parse(json).RootElement)!;
    }
    catch (Exception e) when (e is JsonException or InvalidCastException)
    {
        Console.Error.WriteLine($"event {events}: not a JSON object, skipped");
        bad++;
        continue;
    }
    var matched = new List<string>();
    foreach (var (name, filter) in rules)
    {
        try
        {
            if (filter.Matches(ev))
            {
                matched.Add(name);
                counts[name]++;
            }
        }
        catch (GolfcartException e)
        {
            // A rule that cannot judge this event (say, a field of the wrong type) does not stop the stream.
            Console.Error.WriteLine($"event {events}: rule '{name}': {e.Message}");
        }
    }
    Console.WriteLine($"event {events} ({ev.GetValueOrDefault("id")}): {(matched.Count == 0 ? "-" : string.Join(", ", matched))}");
}

// 3. The report: a Golfcart script, sandboxed, with the counts and a host function.
var output = new StringWriter();
var engine = new Engine(new EngineOptions
{
    MaxSteps = 100_000,
    Timeout = TimeSpan.FromSeconds(1),
    MaxMemoryBytes = 1 << 20,
    Output = output,
});
engine.SetValue("counts", counts.ToDictionary(kv => kv.Key, kv => (object?)kv.Value))
      .SetValue("events", events)
      .SetValue("bad", bad)
      .SetValue("format_percent", (Func<double, double, string>)((part, whole) =>
          whole == 0 ? "-" : (100 * part / whole).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%"));
try
{
    engine.Run(Script.Parse(File.ReadAllText(reportPath), reportPath));
    Console.Write(output.ToString());
}
catch (GolfcartException e)
{
    Console.Error.Write(e.Diagnostic);
    return 1;
}
return 0;

// JSON values as Golfcart-ready .NET values: numbers as double, objects as dictionaries.
static object? FromJson(JsonElement e) => e.ValueKind switch
{
    JsonValueKind.Object => e.EnumerateObject().ToDictionary(p => p.Name, p => FromJson(p.Value)),
    JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToList(),
    JsonValueKind.String => e.GetString(),
    JsonValueKind.Number => e.GetDouble(),
    JsonValueKind.True => true,
    JsonValueKind.False => false,
    _ => null,
};
