namespace Golfcart.Tests;

/// <summary>Display and equality of values, per §3, §4 and §6 of LANGUAGE.md.</summary>
public sealed class ValueTests
{
    [Theory]
    [InlineData(3.0, "3")]
    [InlineData(2.2, "2.2")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1000000000000000000000")]
    [InlineData(1180591620717411303424.0, "1180591620717411300000")]
    [InlineData(1e-7, "0.0000001")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(double.NaN, "nan")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(9007199254740993.0, "9007199254740992")]
    public void Numbers_print_shortest_round_trip_without_exponent(double d, string text) =>
        Value.Number(d).ToString().Should().Be(text);

    [Theory]
    [InlineData("[1, \"a\", nil, true]", "[1, \"a\", nil, true]")]
    [InlineData("{a: 1, \"b c\": [true]}", "{a: 1, \"b c\": [true]}")]
    [InlineData("{\"if\": 1, _x: 2, \"1a\": 3}", "{\"if\": 1, _x: 2, \"1a\": 3}")]
    [InlineData("[\"line\\nnext\", \"q\\\"\", \"é🎄\"]", "[\"line\\nnext\", \"q\\\"\", \"é🎄\"]")]
    [InlineData("f = x => x\n[f, x => x, len]", "[<function f>, <function>, <builtin len>]")]
    [InlineData("l = [1] l.append(l) l", "[1, [...]]")]
    [InlineData("d = {} d.self = d d", "{self: {...}}")]
    [InlineData("xs = [] f = xs.append str(f)", "\"<builtin append>\"")]
    public void Containers_quote_strings_and_survive_cycles(string source, string repr) =>
        Support.Eval(source).Should().Be(repr);

    [Fact]
    public void Strings_print_raw_at_top_level() =>
        Support.Run("log(\"a\\nb\", [\"a\\nb\"])").Output.Should().Be("a\nb, [\"a\\nb\"]\n");

    [Theory]
    [InlineData("1 == 1", true)]
    [InlineData("\"a\" == \"a\"", true)]
    [InlineData("true == true", true)]
    [InlineData("nil == nil", true)]
    [InlineData("len == len", true)]
    [InlineData("[5] == [5]", false)]
    [InlineData("l = [] l == l", false)]
    [InlineData("{} == {}", false)]
    [InlineData("f = x => x f == f", false)]
    [InlineData("1 == \"1\"", false)]
    [InlineData("nil == false", false)]
    [InlineData("0 == false", false)]
    [InlineData("[1] != [1]", true)]
    [InlineData("xs = [] xs.append == xs.append", false)]
    public void Equality_follows_the_upstream_rules(string source, bool expected) =>
        Support.Eval(source).Should().Be(expected ? "true" : "false");

    [Fact]
    public void Numbers_and_bools_do_not_allocate()
    {
        // Warm up, then count: arithmetic on values must not box.
        static double Work()
        {
            var a = Value.Number(1);
            for (int i = 0; i < 1000; i++) a = Value.Number(a.Num + 1);
            return a.Num + (Value.Bool(a.Num > 3).IsTrue ? 1 : 0);
        }
        Work();
        long before = GC.GetAllocatedBytesForCurrentThread();
        Work();
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
    }

    [Theory]
    [InlineData("type(1)", "number")]
    [InlineData("type(\"\")", "string")]
    [InlineData("type(true)", "bool")]
    [InlineData("type([])", "list")]
    [InlineData("type({})", "dict")]
    [InlineData("type(len)", "function")]
    [InlineData("type(x => x)", "function")]
    [InlineData("type(nil)", "nil")]
    public void Types_have_their_names(string source, string type) => Support.Run(source).Result.ToString().Should().Be(type);

    [Fact]
    public void Values_convert_to_plain_dotnet_objects()
    {
        var v = Support.Run("{n: 1, s: \"x\", l: [true, nil]}").Result;
        var o = v.ToObject().Should().BeOfType<Dictionary<string, object?>>().Subject;
        o["n"].Should().Be(1.0);
        o["s"].Should().Be("x");
        o["l"].Should().BeEquivalentTo(new List<object?> { true, null });
    }
}
