using BenchmarkDotNet.Attributes;

namespace Golfcart.Benchmarks;

/// <summary>The evaluator's hot paths, each a parsed script run on a warm engine (1,000 iterations a run).</summary>
[MemoryDiagnoser]
public class InterpreterBenchmarks
{
    private readonly Engine _engine = new(new EngineOptions { Output = TextWriter.Null });
    private Script _call = null!, _loop = null!, _arith = null!, _dict = null!, _index = null!, _concat = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine.Evaluate("""
            inc = x => x + 1
            keys_ = []
            for i = 0; i < 1000; i += 1 { keys_.append("k" + str(i)) }
            xs = range(1000)
            d = {}
            """);
        _call = Script.Parse("n = 0 for i = 0; i < 1000; i += 1 { n = inc(n) }");
        _loop = Script.Parse("for i = 0; i < 1000; i += 1 { }");
        _arith = Script.Parse("t = 0 for i = 0; i < 1000; i += 1 { t = (t + i * 3 - 1) % 1000003 }");
        _dict = Script.Parse("for k in keys_ { d[k] = 1 } t = 0 for k in keys_ { t += d[k] }");
        _index = Script.Parse("t = 0 for i = 0; i < 1000; i += 1 { t += xs[i] }");
        _concat = Script.Parse("s = \"\" for i = 0; i < 1000; i += 1 { s += \"x\" }");
    }

    [Benchmark] public Value Call() => _engine.Run(_call);
    [Benchmark] public Value Loop() => _engine.Run(_loop);
    [Benchmark] public Value Arithmetic() => _engine.Run(_arith);
    [Benchmark] public Value DictGetSet() => _engine.Run(_dict);
    [Benchmark] public Value ListIndex() => _engine.Run(_index);
    [Benchmark] public Value StringConcat() => _engine.Run(_concat);
}
