namespace Golfcart;

/// <summary>
/// A frame of variables: the slots of one scope (a call, an <c>if</c>, a loop), chained to the frame
/// it was created in. The <see cref="Resolver"/> gave every name a slot before the program ran, so a
/// variable is an index, not a search. A slot holds <see cref="Value.Undeclared"/> until the program
/// declares the name there — the language's scope rule is dynamic, and a slot may never be used.
/// The global scope is not a frame of slots but a table of cells (<see cref="Globals"/>), because
/// hosts and REPL inputs add globals as they go.
/// </summary>
internal sealed class Frame
{
    public Frame? Parent { get; private set; }
    public readonly Context Cx;

    // Up to four slots live in the frame object itself (one allocation per call); a bigger
    // frame keeps all its slots in an array.
    private FourValues _inline;
    private Value[]? _more;

    /// <summary>Four values in a row, without an array.</summary>
    [System.Runtime.CompilerServices.InlineArray(4)]
    internal struct FourValues
    {
        private Value _first;
    }

    /// <summary>The root frame of a context (the global scope's place in every chain), or a frame for its pool (<see cref="Context.RentFrame"/>).</summary>
    public Frame(Context cx)
    {
        Cx = cx;
    }

    /// <summary>A frame with <paramref name="size"/> slots, the first <paramref name="filled"/> of which the caller fills at once.</summary>
    public Frame(Frame parent, int size, int filled = 0)
    {
        Parent = parent;
        Cx = parent.Cx;
        if (size > 4) _more = new Value[size];
        Undeclare(filled, size - filled);
    }

    /// <summary>Makes a pooled frame ready for a new call: a new parent, the locals undeclared again.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Reuse(Frame parent, int size, int filled)
    {
        // A frame most often serves the same function again (a loop's calls, a recursion): the
        // same parent needs no store, and so no GC write barrier.
        if (!ReferenceEquals(Parent, parent)) Parent = parent;
        if (_more is not null || size > 4)
        {
            ReuseArray(size, filled);
            return;
        }
        for (int i = filled; i < size; i++) Value.Store(ref Inline(i), Value.Undeclared);
    }

    // A pooled frame that has served a call with more than four locals keeps its slots in an array
    // from then on, made (or made bigger) only when a call that big first uses it. Out of line, so
    // every call's inlined code stays small.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private void ReuseArray(int size, int filled)
    {
        var slots = _more;
        if (slots is null || slots.Length < size) _more = slots = new Value[Math.Max(size, 8)];
        for (int i = filled; i < size; i++) Value.Store(ref slots[i], Value.Undeclared);
    }

    /// <summary>
    /// The frame an <c>if</c> or loop (<see cref="IScoped"/>) runs in, entered from this one: a new
    /// frame of <paramref name="size"/> slots, or, when it has none of its own, this frame, with the
    /// slots it keeps here (<paramref name="localsFrom"/>, <paramref name="localsCount"/> of them)
    /// marked undeclared, as its own new frame would start (see the Resolver's Place).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public Frame Enter(int size, int localsFrom, int localsCount)
    {
        if (size != 0) return new Frame(this, size);
        if (localsCount != 0) Undeclare(localsFrom, localsCount);
        return this;
    }

    private void Undeclare(int from, int count)
    {
        for (int i = from; i < from + count; i++) Value.Store(ref Slot(i), Value.Undeclared);
    }

    /// <summary>Slot <paramref name="i"/> of this frame.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ref Value Slot(int i) => ref _more is null ? ref Inline(i) : ref _more[i];

    /// <summary>
    /// Inline slot <paramref name="i"/>, bounds-checked, through a span rather than the C# indexer of an
    /// inline array: the indexer calls a compiler-generated helper class whose precompiled (ReadyToRun)
    /// callers each check at run time that the class is initialised — a runtime call on every variable read until
    /// the method is recompiled (docs/performance.md, session 17).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private ref Value Inline(int i) =>
        ref System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref System.Runtime.CompilerServices.Unsafe.As<FourValues, Value>(ref _inline), 4)[i];

    /// <summary>The frame <paramref name="hops"/> levels out.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public Frame Up(int hops)
    {
        var f = this;
        for (; hops > 0; hops--) f = f.Parent!;
        return f;
    }
}

/// <summary>
/// A global variable: one per name per context, created the first time the name is looked up.
/// Until the program (or the host) binds the name, it holds the builtin of that name, if there is
/// one, without being <see cref="Declared"/>: reading finds the builtin, but assigning never writes
/// into the builtins' scope (LANGUAGE.md §7) — an assignment inside a function then declares a local.
/// </summary>
internal sealed class GlobalCell(Name name, Globals owner)
{
    public readonly Name Name = name;

    /// <summary>The globals table (so the context) the cell belongs to: a binding that caches a cell checks it (scripts are shared between contexts).</summary>
    public readonly Globals Owner = owner;

    /// <summary>What reading the name gives: the program's value, else the builtin's, else <see cref="Value.Undeclared"/>.</summary>
    public Value Value = Builtins.Universe(name);

    /// <summary>True once the program or the host has bound the name (a builtin alone does not count).</summary>
    public bool Declared;
}

/// <summary>The global scope of one context: cells by name, and the order names were declared in.</summary>
internal sealed class Globals
{
    private readonly Dictionary<Name, GlobalCell> _cells = new(ReferenceEqualityComparer.Instance);
    private readonly List<GlobalCell> _order = [];

    public GlobalCell Cell(Name name)
    {
        if (!_cells.TryGetValue(name, out var cell))
        {
            cell = new GlobalCell(name, this);
            _cells.Add(name, cell);
        }
        return cell;
    }

    /// <summary>What reading the name at the top level gives: the program's or the host's value, or the builtin's.</summary>
    public bool TryGet(Name name, out Value value)
    {
        value = Cell(name).Value;
        return !value.IsUndeclared;
    }

    public void Declare(GlobalCell cell, Value value)
    {
        if (!cell.Declared)
        {
            _order.Add(cell);
            cell.Declared = true;
        }
        Value.Store(ref cell.Value, value);
    }

    public void Declare(Name name, Value value) => Declare(Cell(name), value);

    /// <summary>The globals in the order they were first declared.</summary>
    public IEnumerable<(Name Name, Value Value)> All() => _order.Select(c => (c.Name, c.Value));
}
