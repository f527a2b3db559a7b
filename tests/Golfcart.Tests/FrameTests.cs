namespace Golfcart.Tests;

/// <summary>Frames: look up outwards, assign by the scope rule, declare locally.</summary>
public sealed class FrameTests
{
    private static readonly Context Cx = new(TextWriter.Null, TextReader.Null);
    private static Name N(string s) => Name.Of(s);

    [Fact]
    public void Lookup_walks_outwards()
    {
        var outer = new Frame(null, Cx);
        outer.Declare(N("a"), Value.Number(1));
        var inner = new Frame(outer, Cx);
        inner.TryLookup(N("a"), out var v).Should().BeTrue();
        v.ToString().Should().Be("1");
        inner.TryLookup(N("missing"), out _).Should().BeFalse();
    }

    [Fact]
    public void Assign_updates_the_nearest_binding_else_declares_locally()
    {
        var outer = new Frame(null, Cx);
        outer.Declare(N("a"), Value.Number(1));
        var inner = new Frame(outer, Cx);
        inner.Assign(N("a"), Value.Number(2));
        inner.Assign(N("b"), Value.Number(3));
        outer.TryLookup(N("a"), out var a).Should().BeTrue();
        a.ToString().Should().Be("2");
        outer.TryLookup(N("b"), out _).Should().BeFalse("b was declared in the inner frame");
        inner.Locals().Select(l => l.Name.Text).Should().Equal("b");
    }

    [Fact]
    public void Declare_shadows_an_outer_binding()
    {
        var outer = new Frame(null, Cx);
        outer.Declare(N("p"), Value.Number(1));
        var call = new Frame(outer, Cx);
        call.Declare(N("p"), Value.Number(9));
        call.TryLookup(N("p"), out var inner).Should().BeTrue();
        inner.ToString().Should().Be("9");
        outer.TryLookup(N("p"), out var o).Should().BeTrue();
        o.ToString().Should().Be("1");
    }

    [Fact]
    public void Many_names_in_one_frame_stay_distinct()
    {
        var f = new Frame(null, Cx);
        for (int i = 0; i < 200; i++) f.Declare(N("v" + i), Value.Number(i));
        for (int i = 0; i < 200; i += 7) f.Assign(N("v" + i), Value.Number(-i));
        for (int i = 0; i < 200; i++)
        {
            f.TryLookup(N("v" + i), out var v).Should().BeTrue();
            v.ToString().Should().Be((i % 7 == 0 ? -i : i).ToString());
        }
        f.Locals().Should().HaveCount(200);
    }
}
