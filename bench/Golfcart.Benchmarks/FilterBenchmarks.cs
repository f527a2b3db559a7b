using BenchmarkDotNet.Attributes;

namespace Golfcart.Benchmarks;

/// <summary>Time and allocations per <see cref="Filter.Matches"/>, on a POCO and on a dictionary.</summary>
[MemoryDiagnoser]
public class FilterBenchmarks
{
    public sealed class Booking
    {
        public string Name { get; set; } = "Steve";
        public string Origin { get; set; } = "MOW";
        public string Country { get; set; } = "RU";
        public double Value { get; set; } = 120;
        public int Adults { get; set; } = 1;
    }

    private readonly Booking _poco = new();

    private readonly Dictionary<string, object?> _dict = new()
    {
        ["Name"] = "Steve", ["Origin"] = "MOW", ["Country"] = "RU", ["Value"] = 120.0, ["Adults"] = 1,
    };

    private readonly Filter _arithmetic = Filter.Compile("1 + 2 * 3 == 7");
    private readonly Filter _strings = Filter.Compile("Name == \"Steve\" and Name == \"Steve\"");
    private readonly Filter _booking = Filter.Compile("(Origin == \"MOW\" or Country == \"RU\") and (Value >= 100 or Adults == 1)");

    [Benchmark] public bool ArithmeticPoco() => _arithmetic.Matches(_poco);
    [Benchmark] public bool ArithmeticDict() => _arithmetic.Matches(_dict);
    [Benchmark] public bool StringsPoco() => _strings.Matches(_poco);
    [Benchmark] public bool StringsDict() => _strings.Matches(_dict);
    [Benchmark] public bool BookingPoco() => _booking.Matches(_poco);
    [Benchmark] public bool BookingDict() => _booking.Matches(_dict);
}
