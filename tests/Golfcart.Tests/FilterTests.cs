namespace Golfcart.Tests;

/// <summary>Filters over host objects: POCOs and dictionaries.</summary>
public sealed class FilterTests
{
    public sealed class Person
    {
        public string Name { get; set; } = "";
        public int Age { get; set; }
        public string? Country { get; set; }
        public double Score { get; set; }
        public bool Active { get; set; }
        public DayOfWeek Day { get; set; }
    }

    public sealed class Booking
    {
        public string Origin { get; set; } = "";
        public string Country { get; set; } = "";
        public decimal Value { get; set; }
        public long Adults { get; set; }
    }

    private static readonly Person Steve = new() { Name = "Steve", Age = 30, Country = "NZ", Score = 7.5, Active = true, Day = DayOfWeek.Friday };
    private static readonly Person Kid = new() { Name = "Ana", Age = 12, Country = "NZ" };

    [Fact]
    public void Matches_a_poco_by_its_properties()
    {
        var f = Filter.Compile("age >= 18 and country == \"NZ\"".Replace("age", "Age").Replace("country", "Country"));
        f.Matches(Steve).Should().BeTrue();
        f.Matches(Kid).Should().BeFalse();
    }

    [Fact]
    public void Matches_a_dictionary_by_its_keys()
    {
        var f = Filter.Compile("age >= 18 and country == \"NZ\"");
        f.Matches(new Dictionary<string, object?> { ["age"] = 30, ["country"] = "NZ" }).Should().BeTrue();
        f.Matches(new Dictionary<string, object?> { ["age"] = 30, ["country"] = "AU" }).Should().BeFalse();
        f.Matches(new Dictionary<string, object?> { ["age"] = 30 }).Should().BeFalse("a missing key reads as nil");
        Filter.Compile("n > 1").Matches(new Dictionary<string, int> { ["n"] = 2 }).Should().BeTrue();
    }

    [Theory]
    [InlineData("1 + 2 * 3 == 7", true)]
    [InlineData("Name == \"Steve\" and Name == \"Steve\"", true)]
    [InlineData("Score > 7 and Active", true)]
    [InlineData("!Active or Age < 18", false)]
    [InlineData("len(Name) == 5 and starts_with(Name, \"St\")", true)]
    [InlineData("contains([\"NZ\", \"AU\"], Country)", true)]
    [InlineData("Day == \"Friday\"", true)]
    [InlineData("-Age < 0 and Age % 7 == 2", true)]
    [InlineData("lower(Name) + \"!\" == \"steve!\"", true)]
    public void Expressions_use_the_language(string expression, bool expected) =>
        Filter.Compile(expression).Matches(Steve).Should().Be(expected);

    [Fact]
    public void The_benchmark_filters_work_on_pocos_and_dictionaries()
    {
        var f = Filter.Compile("(Origin == \"MOW\" or Country == \"RU\") and (Value >= 100 or Adults == 1)");
        f.Matches(new Booking { Origin = "MOW", Country = "FR", Value = 50, Adults = 1 }).Should().BeTrue();
        f.Matches(new Booking { Origin = "LHR", Country = "FR", Value = 500, Adults = 2 }).Should().BeFalse();
        f.Matches(new Dictionary<string, object?> { ["Origin"] = "X", ["Country"] = "RU", ["Value"] = 100.0, ["Adults"] = 3 }).Should().BeTrue();
    }

    [Fact]
    public void Evaluate_gives_the_value()
    {
        Filter.Compile("Age * 2").Evaluate(Steve).ToString().Should().Be("60");
        Filter.Compile("Country").Evaluate(new Person()).IsNilValue.Should().BeTrue("a null string reads as nil");
    }

    [Theory]
    [InlineData("x = 1", "cannot assign")]
    [InlineData("for { }", "cannot assign, loop")]
    [InlineData("a == 1 b == 2", "one expression")]
    [InlineData("(n => n)(1)", "only builtin functions")]
    [InlineData("Age >", "expected")]
    public void What_a_filter_cannot_do_is_refused_at_compile_time(string expression, string fragment)
    {
        var act = () => Filter.Compile(expression);
        act.Should().Throw<GolfcartSyntaxException>().Which.Message.Should().Contain(fragment);
    }

    [Fact]
    public void Runtime_problems_are_golfcart_errors()
    {
        var unknown = () => Filter.Compile("Height > 1").Matches(Steve);
        unknown.Should().Throw<GolfcartRuntimeException>().WithMessage("`Height` is not a public property of Person");
        var notBool = () => Filter.Compile("Age").Matches(Steve);
        notBool.Should().Throw<GolfcartRuntimeException>().WithMessage("a filter must give a bool, got number");
        var mismatch = () => Filter.Compile("Age > \"x\"").Matches(Steve);
        var e = mismatch.Should().Throw<GolfcartRuntimeException>().Which;
        (e.FileName, e.Line, e.Column).Should().Be(("<filter>", 1, 5));
        var inBuiltin = () => Filter.Compile("len(Age) > 1").Matches(Steve);
        inBuiltin.Should().Throw<GolfcartRuntimeException>().WithMessage("len() expects a string, list or dict as argument 1, got number");
        Filter.Compile("len(Name) > 1").Matches(Steve).Should().BeTrue("the filter works again after an error");
    }

    [Fact]
    public void One_filter_serves_many_types_and_threads()
    {
        var f = Filter.Compile("Country == \"NZ\"");
        f.Matches(Steve).Should().BeTrue();
        f.Matches(new Booking { Country = "NZ" }).Should().BeTrue();
        f.Matches(new Dictionary<string, object?> { ["Country"] = "NZ" }).Should().BeTrue();
        var g = Filter.Compile("len(Name) == 5 and Age >= 18");
        Parallel.For(0, 10_000, i => g.Matches(i % 2 == 0 ? Steve : Kid).Should().Be(i % 2 == 0));
    }

    [Fact]
    public void Matching_a_poco_allocates_nothing()
    {
        var filters = new[]
        {
            Filter.Compile("1 + 2 * 3 == 7"),
            Filter.Compile("Name == \"Steve\" and Name == \"Steve\""),
            Filter.Compile("(Origin == \"MOW\" or Country == \"RU\") and (Value >= 100 or Adults == 1)"),
        };
        var booking = new Booking { Origin = "MOW", Country = "RU", Value = 120, Adults = 1 };
        object[] targets = [Steve, Steve, booking];
        for (int warm = 0; warm < 1000; warm++)
            for (int i = 0; i < filters.Length; i++) filters[i].Matches(targets[i]);
        for (int i = 0; i < filters.Length; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int n = 0; n < 1000; n++) filters[i].Matches(targets[i]);
            (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0, "filter {0} ({1}) must not allocate", i, filters[i].Expression);
        }
    }
}
