namespace Golfcart.Tests;

/// <summary>The host API: values in and out, host functions, errors, exit, sandbox limits, capabilities, threads.</summary>
public sealed class EmbeddingTests
{
    private static Engine NewEngine(EngineOptions? options = null) =>
        new(options ?? new EngineOptions { Output = TextWriter.Null, Input = TextReader.Null });

    [Fact]
    public void A_NaN_from_the_host_is_a_number_whatever_its_bits()
    {
        // The bit pattern that marks a slot undeclared (Value.Undeclared) is a NaN; a host can write
        // any NaN, and each must arrive as a number, never as "not defined".
        double marked = BitConverter.Int64BitsToDouble(0x7FF4_0000_0000_0DEC);
        var e = NewEngine();
        e.SetValue("a", marked).SetValue("b", Value.Number(marked)).SetValue("f", (Func<double>)(() => marked));
        e.Evaluate("[str(a), str(b), str(f()), str((x => { y = x  y })(a))]").ToString()
            .Should().Be("[\"nan\", \"nan\", \"nan\", \"nan\"]");
        e.Invoke("str", marked).ToString().Should().Be("nan");
    }

    [Fact]
    public void The_code_block_of_the_issue_works()
    {
        var engine = new Engine(new EngineOptions
        {
            MaxSteps = 1_000_000, Timeout = TimeSpan.FromSeconds(1), MaxCallDepth = 1_000, MaxMemoryBytes = 64L << 20,
            Output = TextWriter.Null, Input = TextReader.Null, AllowFiles = false, AllowStdin = false,
        });
        engine.SetValue("threshold", 10).SetValue("double_it", (Func<double, double>)(x => x * 2));
        Value v = engine.Evaluate("double_it(threshold) + 1", "rules.golf");
        v.ToObject().Should().Be(21.0);
        v.Type.Should().Be("number");
        v.ToString().Should().Be("21");

        Script s = Script.Parse("fib = n => if n < 2 { n } else { fib(n - 1) + fib(n - 2) }", "rules.golf");
        engine.Run(s);
        engine.Invoke("fib", 10).ToString().Should().Be("55");
        engine.GetValue("fib").ToString().Should().Be("<function fib>");
    }

    [Fact]
    public void Host_values_convert_in()
    {
        var e = NewEngine();
        e.SetValue("i", 3).SetValue("l", 4L).SetValue("f", 1.5f).SetValue("m", 2.25m).SetValue("b", (byte)7)
         .SetValue("s", "text").SetValue("t", true).SetValue("n", null).SetValue("c", 'x')
         .SetValue("xs", new[] { 1, 2, 3 }).SetValue("names", new List<string> { "a", "b" })
         .SetValue("d", new Dictionary<string, object?> { ["k"] = 1, ["nested"] = new List<object?> { true, null } })
         .SetValue("counts", new Dictionary<string, int> { ["x"] = 5 })
         .SetValue("v", Value.String("as is"))
         .SetValue("day", DayOfWeek.Monday);
        e.Evaluate("[i, l, f, m, b, s, t, n, c, xs, names, d, counts, v, day]").Inspect().Should().Be(
            "[3, 4, 1.5, 2.25, 7, \"text\", true, nil, \"x\", [1, 2, 3], [\"a\", \"b\"], {k: 1, nested: [true, nil]}, {x: 5}, \"as is\", \"Monday\"]");
    }

    [Fact]
    public void Values_convert_out()
    {
        var e = NewEngine();
        var o = e.Evaluate("{n: 1, s: \"x\", b: false, l: [1, nil], d: {}, f: len}").ToObject();
        var d = o.Should().BeOfType<Dictionary<string, object?>>().Subject;
        d["n"].Should().Be(1.0);
        d["s"].Should().Be("x");
        d["b"].Should().Be(false);
        d["l"].Should().BeEquivalentTo(new List<object?> { 1.0, null });
        d["d"].Should().BeOfType<Dictionary<string, object?>>();
        d["f"].Should().BeOfType<Value>();
        e.Evaluate("nil").ToObject().Should().BeNull();

        var cyclic = e.Evaluate("l = [1] l.append(l) l").ToObject().Should().BeOfType<List<object?>>().Subject;
        cyclic[1].Should().BeSameAs(cyclic, "a list that contains itself keeps the cycle");

        e.Evaluate("\"é\"").AsString().Should().Be("é");
        e.Evaluate("2.5").AsNumber().Should().Be(2.5);
        e.Evaluate("true").AsBoolean().Should().BeTrue();
        var wrong = () => e.Evaluate("1").AsString();
        wrong.Should().Throw<InvalidOperationException>();
        Value.From(new[] { 1, 2 }).ToString().Should().Be("[1, 2]");
    }

    [Fact]
    public void Bad_host_values_and_names_are_refused_at_once()
    {
        var e = NewEngine();
        var poco = () => e.SetValue("p", new Uri("http://x"));
        poco.Should().Throw<ArgumentException>().WithMessage("*cannot give a Uri to Golfcart*");
        var keyword = () => e.SetValue("if", 1);
        keyword.Should().Throw<ArgumentException>();
        var badName = () => e.SetValue("two words", 1);
        badName.Should().Throw<ArgumentException>();
        var badParam = () => e.SetValue("f", (Func<Uri, int>)(u => 1));
        badParam.Should().Throw<ArgumentException>().WithMessage("*Uri*");
    }

    [Fact]
    public void Host_functions_check_their_arguments_and_name_themselves()
    {
        var e = NewEngine();
        e.SetValue("greet", (Func<string, int, string>)((name, times) => string.Concat(Enumerable.Repeat(name, times))));
        e.Evaluate("greet(\"ab\", 2)").ToString().Should().Be("abab");

        var wrongType = () => e.Evaluate("greet(1, 2)");
        wrongType.Should().Throw<GolfcartRuntimeException>().WithMessage("greet() expects a string as argument 1, got number");
        var notWhole = () => e.Evaluate("greet(\"a\", 2.5)");
        notWhole.Should().Throw<GolfcartRuntimeException>().WithMessage("greet() expects a whole number as argument 2, got number");
        var count = () => e.Evaluate("greet(\"a\")");
        count.Should().Throw<GolfcartRuntimeException>().WithMessage("greet() takes 2 arguments, got 1");
        e.Evaluate("greet").ToString().Should().Be("<builtin greet>");
    }

    [Fact]
    public void Host_functions_take_and_give_lists_dicts_and_values()
    {
        var e = NewEngine();
        var seen = new List<object?>();
        e.SetValue("record", (Action<object?>)(o => seen.Add(o)))
         .SetValue("total", (Func<List<object?>, double>)(xs => xs.Sum(x => (double)x!)))
         .SetValue("keys_of", (Func<Dictionary<string, object?>, string[]>)(d => d.Keys.ToArray()))
         .SetValue("maybe", (Func<int?, string>)(n => n is null ? "none" : n.ToString()!))
         .SetValue("raw", (Func<Value, Value>)(v => v));
        e.Evaluate("record([1, \"a\"])").IsNilValue.Should().BeTrue();
        seen[0].Should().BeEquivalentTo(new List<object?> { 1.0, "a" });
        e.Evaluate("total([1, 2, 3.5])").ToString().Should().Be("6.5");
        e.Evaluate("keys_of({a: 1, b: 2})").Inspect().Should().Be("[\"a\", \"b\"]");
        e.Evaluate("maybe(nil) + maybe(4)").ToString().Should().Be("none4");
        e.Evaluate("raw(len)").ToString().Should().Be("<builtin len>");
    }

    [Fact]
    public void A_host_exception_becomes_a_runtime_error_with_the_original_inside()
    {
        var e = NewEngine();
        e.SetValue("boom", (Func<double, double>)(_ => throw new InvalidOperationException("the host says no")));
        var act = () => e.Evaluate("x = 1\nboom(x)", "host.golf");
        var error = act.Should().Throw<GolfcartRuntimeException>().Which;
        error.InnerException.Should().BeOfType<InvalidOperationException>();
        error.Message.Should().Contain("boom() failed").And.Contain("the host says no");
        (error.FileName, error.Line, error.Column).Should().Be(("host.golf", 2, 1));
        e.Evaluate("x + 1").ToString().Should().Be("2", "the engine goes on after the error");
    }

    [Fact]
    public void Errors_carry_file_line_column_and_the_script_stack()
    {
        var e = NewEngine();
        var act = () => e.Evaluate("inner = n => n / 0\nouter = n => inner(n)\nouter(1)", "calc.golf");
        var error = act.Should().Throw<GolfcartRuntimeException>().Which;
        (error.FileName, error.Line, error.Column).Should().Be(("calc.golf", 1, 16));
        error.ScriptStackTrace.Should().Contain("in inner, called at calc.golf:2:14").And.Contain("in outer, called at calc.golf:3:1");
        var syntax = () => e.Evaluate("(1 +", "bad.golf");
        syntax.Should().Throw<GolfcartSyntaxException>().Which.Line.Should().Be(1);
    }

    [Theory]
    // A builtin that fails reports its own call in the trace and is positioned at its call,
    // whether it ran through the argument stack, inline in the Call node, or inside a callback.
    [InlineData("f = x => {\n  y = upper(x)\n}\nf(5)", 2, 7, "in upper, called at t.golf:2:7")]
    [InlineData("f = x => {\n  y = len(x)\n}\nf(5)", 2, 7, "in len, called at t.golf:2:7")]
    [InlineData("f = xs => map(xs, x => len(x))\nf([1])", 1, 24, "in len, called at t.golf:1:24")]
    public void A_failing_builtin_is_on_the_stack_and_positioned_at_its_call(string source, int line, int col, string entry)
    {
        var e = NewEngine();
        var act = () => e.Evaluate(source, "t.golf");
        var error = act.Should().Throw<GolfcartRuntimeException>().Which;
        (error.Line, error.Column).Should().Be((line, col));
        error.ScriptStackTrace.Should().StartWith("  " + entry);
        e.Evaluate("len([1, 2])").ToString().Should().Be("2", "the engine goes on after the error");
    }

    [Fact]
    public void Append_at_the_memory_limit_reports_append()
    {
        var e = new Engine(new EngineOptions { Output = TextWriter.Null, MaxMemoryBytes = 100_000 });
        var act = () => e.Evaluate("fill = xs => {\n  for { xs.append(1) }\n}\nfill([])", "m.golf");
        var error = act.Should().Throw<GolfcartLimitException>().Which;
        (error.Line, error.Column).Should().Be((2, 9));
        error.ScriptStackTrace.Should().StartWith("  in append, called at m.golf:2:9").And.Contain("in fill, called at m.golf:4:1");
    }

    [Fact]
    public void Exit_never_ends_the_host()
    {
        var e = NewEngine();
        var act = () => e.Evaluate("exit(4)");
        act.Should().Throw<GolfcartExitException>().Which.ExitCode.Should().Be(4);
        e.Evaluate("1 + 1").ToString().Should().Be("2");
    }

    [Fact]
    public void Invoke_calls_script_functions_by_name_or_value()
    {
        var e = NewEngine();
        e.Evaluate("add = (a, b) => a + b\nmake = n => x => x * n");
        e.Invoke("add", 2, 3).ToString().Should().Be("5");
        e.Invoke("add", "a", "b").ToString().Should().Be("ab");
        var triple = e.Invoke("make", 3);
        e.Invoke(triple, 5).ToString().Should().Be("15");
        var missing = () => e.Invoke("nope");
        missing.Should().Throw<GolfcartRuntimeException>().WithMessage("`nope` is not defined");
        var arity = () => e.Invoke("add", 1);
        arity.Should().Throw<GolfcartRuntimeException>().WithMessage("add() takes 2 arguments, got 1");
    }

    private static GolfcartLimitException Limit(EngineOptions options, string program)
    {
        var e = new Engine(options);
        var act = () => e.Evaluate(program, "limits.golf");
        return act.Should().Throw<GolfcartLimitException>().Which;
    }

    [Fact]
    public void The_step_limit_holds()
    {
        var error = Limit(new EngineOptions { MaxSteps = 10_000 }, "for { }");
        error.Limit.Should().Be(LimitKind.Steps);
        (error.Line, error.Column).Should().Be((1, 1));
        var e = new Engine(new EngineOptions { MaxSteps = 10_000 });
        e.Evaluate("for i = 0; i < 5000; i += 1 { }").ToString().Should().Be("5000", "each run gets the whole budget");
        e.Evaluate("for i = 0; i < 5000; i += 1 { }").ToString().Should().Be("5000");
    }

    [Fact]
    public void The_timeout_holds()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Limit(new EngineOptions { Timeout = TimeSpan.FromMilliseconds(200) }, "for { }").Limit.Should().Be(LimitKind.Timeout);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Cancellation_holds()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        Limit(new EngineOptions { CancellationToken = cts.Token }, "n = 0 for { n += 1 }").Limit.Should().Be(LimitKind.Cancelled);
    }

    [Fact]
    public void The_call_depth_limit_holds_by_count()
    {
        var error = Limit(new EngineOptions(), "f = n => f(n + 1)\nf(0)");
        error.Limit.Should().Be(LimitKind.CallDepth);
        error.Message.Should().Contain("maximum call depth exceeded");
    }

    [Theory]
    [InlineData(256 * 1024)]
    [InlineData(1024 * 1024)]
    public void The_call_depth_limit_holds_on_any_stack_whatever_the_count(int stackBytes)
    {
        GolfcartLimitException? caught = null;
        var t = new Thread(() =>
        {
            var e = new Engine(new EngineOptions { MaxCallDepth = 10_000_000 });
            try { e.Evaluate("f = n => 1 + f(n + 1)\nf(0)"); }
            catch (GolfcartLimitException ex) { caught = ex; }
        }, stackBytes);
        t.Start();
        t.Join();
        caught.Should().NotBeNull();
        caught!.Limit.Should().Be(LimitKind.CallDepth);
    }

    [Fact]
    public void The_default_call_depth_is_safe_on_a_default_thread()
    {
        var e = NewEngine();
        e.Evaluate("depth = n => if n == 0 { 0 } else { 1 + depth(n - 1) }\ndepth(900)").ToString().Should().Be("900");
    }

    [Fact]
    public void The_memory_limit_holds()
    {
        var error = Limit(new EngineOptions { MaxMemoryBytes = 64L << 20 }, "s = \"x\"\nfor { s = s + s }");
        error.Limit.Should().Be(LimitKind.Memory);
        Limit(new EngineOptions { MaxMemoryBytes = 1L << 20 }, "l = []\nfor { l.append(1) }").Limit.Should().Be(LimitKind.Memory);
        Limit(new EngineOptions { MaxMemoryBytes = 1L << 20 }, "d = {}\ni = 0\nfor { d[i] = i  i += 1 }").Limit.Should().Be(LimitKind.Memory);
    }

    [Theory]
    [InlineData("repeat(\"x\", 1000000000000)")]
    [InlineData("repeat([0], 1000000000000)")]
    [InlineData("range(1000000000000)")]
    [InlineData("sort(range(500000))")]
    [InlineData("join(range(600000), \",\")")]
    [InlineData("l = range(100) for { l = l + l }")]
    public void Limits_hold_inside_long_builtins(string program)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Limit(new EngineOptions { MaxSteps = 1_000_000, MaxMemoryBytes = 64L << 20 }, program);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }

    [Theory]
    [InlineData("repeat(\"x\", 1000000000000)")]
    [InlineData("range(1000000000000)")]
    public void Without_limits_a_huge_result_is_a_runtime_error_not_a_crash(string program)
    {
        var act = () => NewEngine().Evaluate(program);
        act.Should().Throw<GolfcartRuntimeException>().Which.Should().NotBeOfType<GolfcartLimitException>();
    }

    [Theory]
    [InlineData("read(\"/etc/hostname\")", "AllowFiles")]
    [InlineData("read()", "AllowStdin")]
    [InlineData("in(\"name? \")", "AllowStdin")]
    public void Files_and_stdin_are_refused_unless_granted(string program, string option)
    {
        var act = () => NewEngine().Evaluate(program);
        act.Should().Throw<GolfcartRuntimeException>().WithMessage($"*not allowed*{option}*");
        NewEngine().Evaluate("time() > 0").ToString().Should().Be("true");
    }

    [Fact]
    public void Granted_capabilities_work()
    {
        string file = Path.Combine(Directory.CreateTempSubdirectory("golfcart-cap-").FullName, "in.txt");
        File.WriteAllText(file, "data");
        var e = new Engine(new EngineOptions { AllowFiles = true, AllowStdin = true, Input = new StringReader("typed\n"), Output = TextWriter.Null });
        e.SetValue("path", file);
        e.Evaluate("read(path) + in(\"\")").ToString().Should().Be("datatyped");
    }

    [Fact]
    public void Log_writes_to_the_hosts_writer()
    {
        var output = new StringWriter();
        new Engine(new EngineOptions { Output = output }).Evaluate("log(\"to the host\", 1)");
        output.ToString().Should().Be("to the host, 1\n");
    }

    [Fact]
    public async Task One_engine_used_from_two_threads_at_once_fails_fast()
    {
        var e = NewEngine();
        using var started = new ManualResetEventSlim();
        e.SetValue("signal", (Action)(() => started.Set()));
        using var cts = new CancellationTokenSource();
        var script = Script.Parse("signal() for { }");
        var first = Task.Run(() =>
        {
            try { e.Run(script, cts.Token); }
            catch (GolfcartLimitException) { }
        });
        started.Wait(TimeSpan.FromSeconds(10)).Should().BeTrue();
        var second = () => e.Evaluate("1");
        second.Should().Throw<InvalidOperationException>().WithMessage("*one Engine per thread*");
        cts.Cancel();
        await first.WaitAsync(TimeSpan.FromSeconds(10));
        e.Evaluate("2").ToString().Should().Be("2");
    }

    [Fact]
    public void Many_engines_run_one_script_in_parallel()
    {
        var script = Script.Parse("""
            fib = n => if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
            words = split("the quick brown fox " + str(seed), " ")
            str(fib(15 + seed % 3)) + ":" + join(sort(words), ",")
            """, "shared.golf");
        var results = new string[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var e = NewEngine();
            e.SetValue("seed", i);
            results[i] = e.Run(script).ToString();
        });
        for (int i = 0; i < results.Length; i++)
        {
            int n = 15 + i % 3;
            string fib = n == 15 ? "610" : n == 16 ? "987" : "1597";
            var words = new[] { "the", "quick", "brown", "fox", i.ToString() }.Order(StringComparer.Ordinal);
            results[i].Should().Be($"{fib}:{string.Join(",", words)}");
        }
    }
}
