using System.Runtime.CompilerServices;
using System.Text;

namespace Golfcart;

/// <summary>One entry of the Golfcart call stack: the function called and where it was called from.</summary>
internal struct CallEntry
{
    public GFunction Function;

    // The call site, field by field (see Context.Push).
    public SourceText Src;
    public int Line, Col;

    public readonly SrcPos Site => new(Src, Line, Col);
}

/// <summary>
/// The state of one interpreter: the globals, the call stack, the step budget, the argument
/// stack builtins read their arguments from, and the program's input and output.
/// </summary>
internal sealed class Context
{
    public readonly Globals Globals = new();

    /// <summary>The root frame: what top-level code runs in, and what top-level functions close over.</summary>
    public readonly Frame Root;
    public TextWriter Out;
    public TextReader In;
    public IReadOnlyList<string> ScriptArgs = [];

    public int MaxDepth = 10_000;
    public long MaxSteps = long.MaxValue;
    public long Steps;

    /// <summary>The time one run may take (null: no limit), and the token that stops it.</summary>
    public TimeSpan? Timeout;

    /// <summary>The bytes of script data (strings, list and dict storage) a run may allocate, and what it has so far.</summary>
    public long MaxMemory = long.MaxValue;
    public long Allocated;
    public bool AllowFiles;
    public bool AllowStdin;
    public CancellationToken Cancellation;

    // The step count at which the next slow check (step limit, cancellation, clock) is due:
    // the hot path is one increment and one comparison.
    private long _checkAt = long.MaxValue;
    private long _deadline;
    private const int CheckEvery = 4096;

    /// <summary>The value a pending <c>return</c> signal carries.</summary>
    public Value ReturnValue;

    private CallEntry[] _stack = new CallEntry[64];
    private int _depth;

    private Value[] _args = new Value[256];
    private int _argTop;

    public Context(TextWriter output, TextReader input)
    {
        Out = output;
        In = input;
        Root = new Frame(this);
    }

    /// <summary>How long one regular-expression match may run before it is an error.</summary>
    public TimeSpan RegexTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Insertion counter for heap_push, so equal priorities pop in insertion order.</summary>
    public long HeapSequence;

    private Dictionary<string, System.Text.RegularExpressions.Regex>? _regexCache;

    /// <summary>
    /// Compiled regular expressions by pattern (bounded); made on first use, so that a program without
    /// a regex does not load the regex assembly at start.
    /// </summary>
    public Dictionary<string, System.Text.RegularExpressions.Regex> RegexCache => _regexCache ??= new(StringComparer.Ordinal);

    /// <summary>Starts the budget of one run: steps from zero, the clock from now.</summary>
    public void StartRun(CancellationToken extra)
    {
        Steps = 0;
        Allocated = 0;
        _poolTop = 0;
        if (_pool.Length > 4096) _pool = new Frame[64]; // a deep recursion's frames need not live on
        _stackAnchor = nuint.MaxValue; // this run may be on another thread
        RunCancellation = extra;
        _deadline = Timeout is { } t ? System.Diagnostics.Stopwatch.GetTimestamp() + (long)(t.TotalSeconds * System.Diagnostics.Stopwatch.Frequency) : 0;
        _checkAt = NextCheck();
    }

    /// <summary>A per-run token (the REPL's Ctrl-C), besides the engine's own.</summary>
    public CancellationToken RunCancellation;

    private long NextCheck()
    {
        bool watched = _deadline != 0 || Cancellation.CanBeCanceled || RunCancellation.CanBeCanceled;
        long next = watched ? Steps + CheckEvery : long.MaxValue;
        return MaxSteps == long.MaxValue ? next : Math.Min(next, MaxSteps + 1);
    }

    /// <summary>Counts <paramref name="bytes"/> of script data about to be allocated; over the budget it is a Memory limit error.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Alloc(long bytes)
    {
        Allocated += bytes;
        if (Allocated > MaxMemory) MemoryLimit();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void MemoryLimit()
    {
        Allocated = MaxMemory; // stay at the limit for the next run's report
        throw new GolfcartLimitException(LimitKind.Memory, Messages.MemoryLimit(MaxMemory));
    }

    /// <summary>Bytes charged for a string of <paramref name="chars"/> UTF-16 units.</summary>
    public static long StringBytes(long chars) => 24 + 2 * chars;

    /// <summary>Counts <paramref name="n"/> steps of work done inside a builtin (sorting, building a long result).</summary>
    public void Charge(long n)
    {
        Steps += n;
        if (Steps >= _checkAt) Check(null);
    }

    /// <summary>The slow path of a step: the step limit, cancellation and the clock.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Check(SrcPos? at)
    {
        GolfcartLimitException? e = null;
        if (Steps > MaxSteps) e = new GolfcartLimitException(LimitKind.Steps, Messages.StepLimit(MaxSteps));
        else if (Cancellation.IsCancellationRequested || RunCancellation.IsCancellationRequested)
            e = new GolfcartLimitException(LimitKind.Cancelled, Messages.Cancelled);
        else if (_deadline != 0 && System.Diagnostics.Stopwatch.GetTimestamp() > _deadline)
            e = new GolfcartLimitException(LimitKind.Timeout, Messages.TimedOut(Timeout!.Value));
        if (e is not null)
        {
            _checkAt = long.MaxValue; // the error unwinds; the next run re-arms
            if (at is { } pos) e.SetPosition(pos);
            throw e;
        }
        _checkAt = NextCheck();
    }

    /// <summary>The call site of the innermost call: where a builtin was called from.</summary>
    public GFunction? CurrentFunction => _depth > 0 ? _stack[_depth - 1].Function : null;

    public SrcPos Site => InnermostSite ?? throw new InvalidOperationException("no call in progress");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Step(SrcPos at)
    {
        if (++Steps >= _checkAt) CheckAt(at);
    }

    // The position by value, not as a nullable: a nullable built in the caller's code would be a
    // stack temporary its every call zeroes on entry (docs/performance.md, session 7).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void CheckAt(SrcPos at) => Check(at);

    // The stack position where the runtime last said there was room (see PushCall).
    private nuint _stackAnchor = nuint.MaxValue;
    private const int StackWindow = 32 * 1024;

    /// <summary>
    /// True while the thread's stack has room for another call. Asking the runtime costs a few
    /// nanoseconds, so it is asked again only after the stack has grown 32 KiB past the last
    /// place it said yes (it promises much more room than that).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe bool StackHasRoom()
    {
        byte marker;
        nuint sp = (nuint)(&marker);
        if (sp + StackWindow >= _stackAnchor) return true;
        return AskRuntimeForStack(sp);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool AskRuntimeForStack(nuint sp)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return false;
        _stackAnchor = sp;
        return true;
    }

    /// <summary>
    /// For a <see cref="StackCheck"/>: an error when the stack has too little room left for the tall
    /// expression below it (the runtime promises 128 KiB when it says yes; see <see cref="StackWindow"/>).
    /// </summary>
    public void CheckStack()
    {
        if (!StackHasRoom()) throw new GolfcartLimitException(LimitKind.CallDepth, Messages.StackTooSmall);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushCall(GFunction fn, SrcPos site)
    {
        if (_depth >= MaxDepth || !StackHasRoom()) ThrowCallDepth();
        Push(fn, site);
        Step(site);
    }

    /// <summary>
    /// Pushes a builtin's call, for error positions and stack traces. No depth or stack check: a
    /// builtin does not recurse, and a function it calls back goes through <see cref="PushCall"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PushBuiltin(Builtin fn, SrcPos site)
    {
        Push(fn, site);
        Step(site);
    }

    /// <summary>
    /// Called from an exception filter when a leaf builtin fails: pushes the entry it ran without,
    /// as an error leaves the stack (see <see cref="PopCall"/>). Returns false, so nothing is caught.
    /// </summary>
    public bool TraceFailedBuiltin(Builtin fn, SrcPos site)
    {
        Push(fn, site);
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(GFunction fn, SrcPos site)
    {
        if (_depth == _stack.Length) GrowStack();
        // Field by field: a whole struct built first would be copied from a stack temporary. A
        // reference is stored only when it differs from the one already there: an entry at a given
        // depth usually holds the same function and source again (a recursion, a loop's calls), and
        // a store of a reference costs a call to the GC's write barrier (docs/performance.md, session 16).
        ref var entry = ref _stack[_depth++];
        if (!ReferenceEquals(entry.Function, fn)) entry.Function = fn;
        if (!ReferenceEquals(entry.Src, site.Src)) entry.Src = site.Src;
        entry.Line = site.Line;
        entry.Col = site.Col;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void GrowStack() => Array.Resize(ref _stack, _depth * 2);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void ThrowCallDepth() => throw new GolfcartLimitException(LimitKind.CallDepth,
        $"{Messages.CallDepth} ({_depth} nested calls; is there a recursion without a base case?)");

    /// <summary>Pops the innermost call. Only a normal return pops: after an error the stack is left as it was, for the trace.</summary>
    public void PopCall() => _depth--;

    /// <summary>Reserves <paramref name="n"/> argument slots; nested calls use the slots above.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int ReserveArgs(int n)
    {
        int start = _argTop;
        if (start + n > _args.Length) _args = Value.Grow(_args, Math.Max(_args.Length * 2, start + n));
        _argTop = start + n;
        return start;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SetArg(int slot, Value v) => Value.Store(ref _args[slot], v.Plain); // builtins see plain strings

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<Value> Args(int start, int n) => _args.AsSpan(start, n);

    public void ReleaseArgs(int start)
    {
        // Usually one to three slots: a plain loop (no span checks for the JIT to inline).
        var args = _args;
        for (int i = start; i < _argTop && i < args.Length; i++) args[i] = default;
        _argTop = start;
    }

    /// <summary>Where the innermost call was made, if any call is open.</summary>
    public SrcPos? InnermostSite => _depth > 0 ? _stack[_depth - 1].Site : null;

    /// <summary>The call stack as text, innermost first; a very deep stack keeps its two ends.</summary>
    public string FormatStack()
    {
        if (_depth == 0) return "";
        var sb = new StringBuilder();
        const int keep = 12;
        for (int i = _depth - 1; i >= 0; i--)
        {
            int fromTop = _depth - 1 - i;
            if (_depth > 2 * keep && fromTop == keep)
            {
                sb.Append($"  ... {_depth - 2 * keep} more calls ...\n");
                i = keep;
            }
            var e = _stack[i];
            sb.Append($"  in {e.Function.Name ?? "<function>"}, called at {e.Site}\n");
        }
        return sb.ToString();
    }

    // Call frames that no closure can capture are reused, last in first out (see FuncLit.PoolFrame).
    private Frame[] _pool = new Frame[64];
    private int _poolTop;

    /// <summary>A call frame for a function whose frames cannot outlive the call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Frame RentFrame(Frame parent, int size, int filled)
    {
        var pool = _pool;
        int top = _poolTop;
        var f = (uint)top < (uint)pool.Length ? pool[top] : null;
        f ??= NewPooledFrame();
        _poolTop = top + 1;
        f.Reuse(parent, size, filled);
        return f;
    }

    // The first time a call goes this deep (and when the pool is full): out of line, so the code
    // that every call inlines stays small (docs/performance.md, session 6).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Frame NewPooledFrame()
    {
        if (_poolTop == _pool.Length) Array.Resize(ref _pool, _pool.Length * 2);
        return _pool[_poolTop] = new Frame(this);
    }

    /// <summary>Gives back the frame rented last.</summary>
    public void ReturnFrame() => _poolTop--;

    /// <summary>After an error: forget the open calls and arguments so the context can run again (the REPL).</summary>
    public void Reset()
    {
        _poolTop = 0;
        Array.Clear(_stack, 0, _depth);
        _depth = 0;
        ReleaseArgs(0);
        ReturnValue = default;
    }
}
