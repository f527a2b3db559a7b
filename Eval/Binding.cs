namespace Golfcart;

/// <summary>
/// Where a name, at one place in the program, can live at run time: the slots of the enclosing
/// scopes that may declare it (innermost first, each as frames-out and slot), then the globals.
/// Reading takes the first that is declared; assigning follows the language's rule — the nearest
/// existing binding, else a new one in the current scope. Usually the first candidate is it.
/// </summary>
internal sealed class Binding(Name name, (int Hops, int Slot)[] candidates, bool declaresGlobal)
{
    public readonly Name Name = name;

    /// <summary>The scopes that have a slot for the name, innermost first.</summary>
    public readonly (int Hops, int Slot)[] Candidates = candidates;

    /// <summary>True when an assignment here, finding no binding, declares a global (it is at the top level).</summary>
    public readonly bool DeclaresGlobal = declaresGlobal;

    // The first candidate, unpacked for the common case: a local of the current frame.
    private readonly int _hops0 = candidates.Length > 0 ? candidates[0].Hops : -1;
    private readonly int _slot0 = candidates.Length > 0 ? candidates[0].Slot : -1;

    /// <summary>
    /// True when, the first candidate being undeclared (or there being none), only the global is
    /// left: a top-level name, or a name whose one slot is in the current scope — such as a global
    /// total updated in a top-level loop (<c>for … { total += x }</c>), where the loop's scope has a
    /// slot in case the assignment declares it.
    /// </summary>
    private readonly bool _onlyGlobalLeft = candidates.Length == 0 || (candidates.Length == 1 && candidates[0].Hops == 0);

    /// <summary>
    /// The global cell of the last context that used this binding. Scripts are shared between
    /// contexts, so a read checks the cell's owner; the cell is one reference, read and written
    /// whole, so a thread never sees one context's owner with another's cell.
    /// </summary>
    private GlobalCell? _global;

    public GlobalCell Global(Context cx)
    {
        var g = _global;
        if (g is null || !ReferenceEquals(g.Owner, cx.Globals))
        {
            g = cx.Globals.Cell(Name);
            _global = g;
        }
        return g;
    }

    /// <summary>
    /// The value of the name for a read at <paramref name="at"/> (a variable, or the old value of
    /// <c>x += v</c>); a name no scope has declared is an error there. Returned, not an <c>out</c>
    /// parameter, so the JIT keeps it in registers where it is inlined; the common case, a local of
    /// this frame, is checked once, inline.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public Value Read(Frame frame, Node at)
    {
        if (_hops0 == 0)
        {
            ref var slot = ref frame.Slot(_slot0);
            var v = slot;
            if (!v.IsUndeclared) return v;
        }
        return ReadOuter(frame, at);
    }

    private Value ReadOuter(Frame frame, Node at)
    {
        // Only the global is left (Read has found this frame's slot undeclared, if there is one):
        // it is read from its cached cell here, without GetOuter's call — top-level code's
        // variables, the builtins, a recursive function's own name, a global total updated in a loop.
        var v = _onlyGlobalLeft && _global is { } g && ReferenceEquals(g.Owner, frame.Cx.Globals) ? g.Value : GetOuter(frame);
        return v.IsUndeclared ? throw Undefined(at) : v;
    }

    // Out of line: Read is inlined into many nodes, and the error is rare.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private GolfcartRuntimeException Undefined(Node at) => Throw.At(at.Pos, Messages.Undefined(Name.Text));

    /// <summary>
    /// The value of the name beyond this frame's slot, or <see cref="Value.Undeclared"/> when no scope
    /// has declared it. (When only the global is left and its cell is cached, <see cref="ReadOuter"/> reads it without coming here.)
    /// </summary>
    private Value GetOuter(Frame frame)
    {
        if (_hops0 > 0)
        {
            ref var slot = ref frame.Up(_hops0).Slot(_slot0);
            if (!slot.IsUndeclared) return slot;
        }
        return GetSlow(frame);
    }

    private Value GetSlow(Frame frame)
    {
        foreach (var (hops, slot) in Candidates)
        {
            ref var s = ref frame.Up(hops).Slot(slot);
            if (!s.IsUndeclared) return s;
        }
        return Global(frame.Cx).Value;
    }

    /// <summary>The assignment rule: set the nearest existing binding, else declare in the current scope.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Set(Frame frame, Value value)
    {
        if (_hops0 == 0)
        {
            ref var slot = ref frame.Slot(_slot0);
            if (!slot.IsUndeclared)
            {
                Value.Store(ref slot, value);
                return;
            }
        }
        SetOuter(frame, value);
    }

    private void SetOuter(Frame frame, Value value)
    {
        if (_hops0 > 0)
        {
            ref var slot = ref frame.Up(_hops0).Slot(_slot0);
            if (!slot.IsUndeclared)
            {
                Value.Store(ref slot, value);
                return;
            }
        }
        else if (_onlyGlobalLeft && _global is { } g && ReferenceEquals(g.Owner, frame.Cx.Globals))
        {
            // Only the global is left (Set has found this frame's slot undeclared, if there is one).
            if (g.Declared)
            {
                // It exists, so it is the nearest binding: set the cached cell.
                Value.Store(ref g.Value, value);
                return;
            }
            if (_hops0 == 0)
            {
                // No binding anywhere: declared in the current scope (a local's first assignment in
                // each call of a function).
                Value.Store(ref frame.Slot(_slot0), value);
                return;
            }
        }
        SetSlow(frame, value);
    }

    private void SetSlow(Frame frame, Value value)
    {
        foreach (var (hops, slot) in Candidates)
        {
            ref var s = ref frame.Up(hops).Slot(slot);
            if (!s.IsUndeclared)
            {
                s = value;
                return;
            }
        }
        var cell = Global(frame.Cx);
        if (cell.Declared || DeclaresGlobal)
        {
            frame.Cx.Globals.Declare(cell, value);
            return;
        }
        // Nowhere yet: declare in the current scope, which always has a slot for a name assigned in it.
        var (h, s0) = Candidates[0];
        frame.Up(h).Slot(s0) = value;
    }

    /// <summary>Declares the name in the current frame's slot (parameters and loop variables).</summary>
    public void Declare(Frame frame, Value value) => Value.Store(ref frame.Slot(_slot0), value);
}
