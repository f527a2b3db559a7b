namespace Golfcart.Tests;

/// <summary>The remainder by a literal without a division (<see cref="RemainderConst"/>) against the division.</summary>
public sealed class RemainderTests
{
    private static IEnumerable<uint> Divisors()
    {
        for (uint k = 1; k <= 300; k++) yield return k;
        for (int shift = 9; shift <= 30; shift++) yield return 1u << shift;
        foreach (uint k in new uint[] { 1000, 1009, 65535, 65537, 100000, 1000003, 16807, 2147483646, int.MaxValue })
            yield return k;
        var random = new Random(16);
        for (int i = 0; i < 200; i++) yield return (uint)random.Next(1, int.MaxValue);
    }

    private static IEnumerable<uint> Lefts(uint k, Random random)
    {
        for (uint x = 0; x <= 1000; x++) yield return x;
        foreach (uint x in new[] { uint.MaxValue, uint.MaxValue - 1, (uint)int.MaxValue, (uint)int.MaxValue + 1, k - 1, k, k + 1 })
            yield return x;
        // The multiples of k nearest the top of the range, and either side of them.
        uint top = uint.MaxValue / k * k;
        foreach (uint x in new[] { top, top - 1, top + 1, top - k, top - k + 1, top - k - 1 })
            yield return x;
        for (int i = 0; i < 2000; i++) yield return (uint)random.NextInt64(0, 1L << 32);
    }

    [Fact]
    public void Gives_what_the_division_gives_for_every_32_bit_left_operand_tried()
    {
        var random = new Random(2019);
        int checkedCount = 0;
        foreach (uint k in Divisors())
        {
            ulong multiplier = ulong.MaxValue / k + 1;
            foreach (uint x in Lefts(k, random))
            {
                uint expected = x % k;
                uint actual = RemainderConst.Of(x, k, multiplier);
                if (actual != expected) Assert.Fail($"{x} % {k}: {actual}, expected {expected}");
                checkedCount++;
            }
        }
        checkedCount.Should().BeGreaterThan(1_000_000);
    }

    [Theory]
    [InlineData("x % 7", true)]
    [InlineData("x % 1", true)]
    [InlineData("x % 2147483647", true)]
    [InlineData("x % 2147483648", false)] // past 2^31 - 1: the division
    [InlineData("x % 2.5", false)]
    [InlineData("x % 0", false)]           // the division, and its error
    [InlineData("x % -3", false)]          // a negative literal is a unary minus, not a literal
    [InlineData("x % k", false)]
    public void Is_made_for_a_whole_literal_divisor_from_1_to_2_to_the_31_minus_1(string source, bool quick)
    {
        var node = Script.Parse("x = 10 k = 3\n" + source).Program.Body[^1];
        node.Should().BeAssignableTo<Arith>().Which.Label.Should().Be("Binary %");
        (node is RemainderConst).Should().Be(quick);
    }
}
