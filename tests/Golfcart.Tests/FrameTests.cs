namespace Golfcart.Tests;

/// <summary>
/// Frames, slots and the resolver: names resolved to slots before running, with the language's
/// dynamic scope rule kept exactly.
/// </summary>
public sealed class FrameTests
{
    private static Block Resolved(string source) => Script.Parse(source).Program;

    private static T Find<T>(Node root) where T : Node
    {
        var stack = new Stack<Node>([root]);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is T t) return t;
            foreach (var c in n.Children) stack.Push(c);
        }
        throw new Xunit.Sdk.XunitException($"no {typeof(T).Name} in the tree");
    }

    /// <summary>The first read of <paramref name="name"/> under <paramref name="root"/>, in source order.</summary>
    private static Ident Read(Node root, string name)
    {
        var stack = new Stack<Node>([root]);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is Ident id && id.Name.Text == name) return id;
            foreach (var c in n.Children.Reverse()) stack.Push(c);
        }
        throw new Xunit.Sdk.XunitException($"no read of {name} in the tree");
    }

    [Fact]
    public void A_call_frame_has_the_parameters_first_then_the_locals()
    {
        var f = Find<FuncLit>(Resolved("f = (a, b) => { c = a + b\n d = c * 2\n a = 1 }"));
        f.FrameSize.Should().Be(4); // a, b, c, d — assigning the parameter a adds nothing
    }

    [Fact]
    public void Scopes_that_declare_nothing_get_no_frame()
    {
        var program = Resolved("n = 3\nif n > 1 { log(n) } else { n }\nfor n > 0 { n -= 1 }");
        Find<If>(program).FrameSize.Should().Be(0);
        Find<ForWhile>(program).FrameSize.Should().Be(0);
        Find<FuncLit>(Resolved("g = () => 42")).FrameSize.Should().Be(0);
        Find<If>(Resolved("if true { t = 1 }")).FrameSize.Should().Be(1);
    }

    [Fact]
    public void A_reference_lists_every_scope_that_may_hold_the_name_innermost_first()
    {
        var program = Resolved("f = x => { if x > 0 { x = 2 \n y = x } \n x }");
        var inner = Find<AssignName>(Find<If>(program)); // the y = x or the x = 2 inside the if
        inner.Binding.Candidates.Should().NotBeEmpty();
        var ident = Find<Ident>(Find<AssignName>(program).Source);
        ident.Name.Text.Should().Be("x");
        ident.Binding.Candidates[0].Should().Be((0, 0), "the if frame's own x comes first");
    }

    [Fact]
    public void A_name_certain_to_exist_gets_no_slot_in_an_inner_scope()
    {
        // best exists (an earlier top-level statement made it) before the loop runs: the if declares nothing
        var program = Resolved("best = 0\nfor v in [3, 1, 4] { if v > best { best = v } }\nbest");
        Find<If>(program).FrameSize.Should().Be(0);
        Find<ForIn>(program).FrameSize.Should().Be(1, "only the loop variable");
        Find<AssignName>(Find<If>(program)).Binding.Candidates.Should().BeEmpty("only the global can hold it");

        // the same inside a function, for a local made by an earlier statement and for a parameter
        var f = Resolved("f = (xs, m) => { top = 0\n for x in xs { if x > top { top = x\n m = x } }\n top }");
        Find<If>(f).LocalsCount.Should().Be(0);
        Find<FuncLit>(f).FrameSize.Should().Be(4, "xs, m and top, and the loop's x kept in the call's frame");

        // a classic loop's counter exists for its condition, step and body
        var loop = Resolved("total = 0\nfor i = 0; i < 3; i += 1 { if i > 0 { i = i } \n total = total + i }");
        Find<ForClassic>(loop).FrameSize.Should().Be(1, "only i: total is the global");
        Find<If>(loop).FrameSize.Should().Be(0);
    }

    [Fact]
    public void A_name_assigned_only_conditionally_is_not_certain_after()
    {
        // the first if may not run, so the second still has a slot for z, and z is gone after it
        var program = Resolved("if false { z = 1 }\nif true { z = 2 }\nz");
        program.Body[1].Should().BeOfType<If>().Which.FrameSize.Should().Be(1);
        Support.Fail("if false { z = 1 }\nif true { z = 2 }\nz").Message.Should().Contain("`z` is not defined");
        // a name a function assigns is not certain in a function defined before it is called
        var late = Resolved("f = () => { if true { late = 1 } }\nlate = 0");
        Find<If>(late).LocalsCount.Should().Be(1);
        Find<FuncLit>(late).FrameSize.Should().Be(1, "the if's slot, kept in the call's frame");
    }

    [Fact]
    public void Ifs_and_loops_keep_their_names_in_the_enclosing_frame_when_no_closure_can_capture_it()
    {
        // inside a call with no function literal: one frame for the call, the loop's and the if's
        // slots after its own, and the call's names read from inside the loop without a hop
        var f = Resolved("f = xs => { best = 0\n for x in xs { if x > best { t = x\n best = t } }\n best }");
        Find<FuncLit>(f).FrameSize.Should().Be(4, "xs, best, then x, then t");
        var loop = Find<ForIn>(f);
        (loop.FrameSize, loop.LocalsFrom, loop.LocalsCount).Should().Be((0, 2, 1));
        var branch = Find<If>(f);
        (branch.FrameSize, branch.LocalsFrom, branch.LocalsCount).Should().Be((0, 3, 1));
        Read(branch, "x").Binding.Candidates.Should().Equal([(0, 2)], "the loop's x, in the call's frame");
        Read(branch, "best").Binding.Candidates.Should().Equal([(0, 1)], "the call's local, no hop from inside the loop and the if");

        // a top-level loop is a frame of its own, and keeps its inner if's slots
        var top = Resolved("for i = 0; i < 2; i += 1 { if i > 0 { t = i } }");
        Find<ForClassic>(top).FrameSize.Should().Be(2);
        (Find<If>(top).FrameSize, Find<If>(top).LocalsFrom, Find<If>(top).LocalsCount).Should().Be((0, 1, 1));

        // a function literal inside: each scope keeps a frame of its own, which a closure captures
        var g = Resolved("g = xs => { fs = []\n for x in xs { fs.append(() => x) }\n fs }");
        Find<ForIn>(g).FrameSize.Should().Be(1);
        Find<FuncLit>(g).FrameSize.Should().Be(2, "xs and fs");
        Find<FuncLit>(g).PoolFrame.Should().BeFalse();
    }

    [Fact]
    public void Globals_keep_the_order_they_were_declared_in()
    {
        var g = new Globals();
        g.Declare(Name.Of("b"), Value.Number(1));
        g.Declare(Name.Of("a"), Value.Number(2));
        g.Declare(Name.Of("b"), Value.Number(3));
        g.All().Select(e => $"{e.Name.Text}={e.Value}").Should().Equal("b=3", "a=2");
        g.TryGet(Name.Of("zzz_never"), out _).Should().BeFalse();
        g.Cell(Name.Of("zzz_never")).Declared.Should().BeFalse("looking a name up does not declare it");
    }

    [Fact]
    public void A_new_frame_starts_with_every_local_undeclared()
    {
        var root = new Frame(new Context(TextWriter.Null, TextReader.Null));
        var f = new Frame(root, 3, filled: 1);
        f.Slot(1).IsUndeclared.Should().BeTrue();
        f.Slot(2).IsUndeclared.Should().BeTrue();
        f.Up(1).Should().BeSameAs(root);
    }

    [Theory]
    // assignment inside a function: the global when it exists at call time, else a local
    [InlineData("f = () => { total = 5 }\ntotal = 1\nf()\ntotal", "5")]
    [InlineData("f = () => { fresh = 5 }\nf()\nfresh_defined = false\nfor k in [1] { }\nfresh_defined", "false")]
    // a loop's init assigns an existing outer variable, and it keeps its last value
    [InlineData("i = 100\nfor i = 0; i < 3; i += 1 { }\ni", "3")]
    // names declared in an if's frame vanish with it; an outer one is assigned instead
    [InlineData("x = 1\nif true { x = 2\n y = 3 }\nx", "2")]
    // parameters shadow, and recursion gets a frame per call
    [InlineData("n = 7\nf = n => if n == 0 { 0 } else { n + f(n - 1) }\nf(4) * 100 + n", "1007")]
    // closures made in one loop share its frame; a call per value captures each
    [InlineData("fs = []\nfor i = 0; i < 3; i += 1 { fs.append(() => i) }\nfs[0]() + fs[2]()", "6")]
    [InlineData("make = v => () => v\nfs = []\nfor i = 0; i < 3; i += 1 { fs.append(make(i)) }\nfs[0]() * 10 + fs[2]()", "2")]
    // a local read before the line that declares it falls through to the global
    [InlineData("v = \"global\"\nf = () => { before = v\n v = \"local\"\n before + \"/\" + v }\nf() + \"/\" + v", "global/local/local")]
    // for-in variables are local even when an outer one exists
    [InlineData("x = \"outer\"\nfor x in [1, 2] { }\nx", "outer")]
    // a counter closure keeps its own frame
    [InlineData("mk = () => { c = 0\n () => { c += 1\n c } }\na = mk()\nb = mk()\na() a() b()\na() * 10 + b()", "32")]
    // reused call frames (no function literal inside): recursion, nesting, locals undeclared again
    [InlineData("f = (n, acc) => { t = acc + n\n if n == 0 { t } else { f(n - 1, t) } }\nf(100, 0)", "5050")]
    [InlineData("g = n => { if n > 0 { seen = n }\n local = n * 2\n local }\nh = n => g(n) + g(g(n))\nh(3)", "18")]
    [InlineData("mk = n => () => n\nuse = n => { x = mk(n)\n x() + n }\nuse(4) + use(5)", "18")]
    [InlineData("a = n => if n == 0 { 0 } else { 1 + b(n - 1) }\nb = n => if n == 0 { 0 } else { 2 + a(n - 1) }\na(7)", "10")]
    [InlineData("first = n => { v = n\n v }\nsecond = n => { w = n + first(n)\n w }\nsecond(2) * 100 + first(9)", "409")]
    // a function defined before a global it uses sees it at call time
    [InlineData("get = () => late\nlate = 9\nget()", "9")]
    // names certain to exist (an earlier statement made them) are updated from inner scopes
    [InlineData("best = 0\nfor v in [3, 1, 4] { if v > best { best = v } }\nbest", "4")]
    [InlineData("f = xs => { m = 0\n for x in xs { if x > m { m = x } }\n m }\nf([2, 7, 1])", "7")]
    [InlineData("r = []\nfor i = 0; i < 3; i += 1 { s = i\n if i == 1 { s = 10 }\n r.append(s) }\nr", "[0, 10, 2]")]
    [InlineData("q = \"global\"\nf = () => q\ng = () => { if false { q = 1 }\n if true { q = 2 }\n f() }\ng()", "2")]
    [InlineData("f = n => { if n > 0 { n = n * 10 }\n n }\nf(3) + f(0)", "30")]
    [InlineData("total = 0\nfor i = 0; i < 4; i += 1 { total = total + i }\ntotal", "6")]
    // a function's local, declared on each call while no global of its name exists, then the global once one does
    [InlineData("f = () => { t = 5\n t }\nf()\nf()\nt = 1\nf()\nt", "5")]
    [InlineData("f = () => { t = 5\n t }\nf() + f()", "10")]
    public void The_dynamic_scope_rule_holds_with_slots(string program, string expected) =>
        Support.Run(program).Result.ToString().Should().Be(expected);

    [Fact]
    public void Reused_frames_start_clean_after_an_error()
    {
        var e = new Engine(new EngineOptions { Output = TextWriter.Null });
        e.Evaluate("f = n => { local = n\n if n == 3 { error(\"stop\") }\n f(n + 1) + local }");
        var act = () => e.Evaluate("f(0)");
        act.Should().Throw<GolfcartRuntimeException>().WithMessage("stop");
        e.Evaluate("g = n => { if n == 0 { probe } else { probe = n\n g(n - 1) } }\nprobe = \"global\"\ng(2)").ToString().Should().Be("1", "probe = n assigns the existing global");
        e.Evaluate("k = n => { if n > 0 { return n }\n fresh }\nfresh = \"outer\"\nk(1) + 0\nk(0)").ToString().Should().Be("outer");
    }

    [Fact]
    public void The_same_script_runs_on_many_engines_with_separate_globals()
    {
        var script = Script.Parse("count = if count == nil { 1 } else { count + 1 }\ncount");
        var a = new Engine(new EngineOptions { Output = TextWriter.Null });
        var b = new Engine(new EngineOptions { Output = TextWriter.Null });
        a.SetValue("count", null);
        b.SetValue("count", 10);
        a.Run(script).ToString().Should().Be("1");
        b.Run(script).ToString().Should().Be("11");
        a.Run(script).ToString().Should().Be("2");
    }
}
