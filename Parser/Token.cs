namespace Golfcart;

/// <summary>
/// A word read by the lexer, with where it starts. A class rather than a tuple so the grammar's
/// generic combinators are instantiated over reference types only, which ReadyToRun precompiles
/// (docs/performance.md, "Start-up").
/// </summary>
internal sealed record Token(SrcPos Pos, string Text);
