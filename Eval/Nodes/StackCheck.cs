namespace Golfcart;

/// <summary>
/// Checks that the thread's stack has room, then evaluates <see cref="Inner"/>. The parser puts
/// one above every <see cref="Every"/> levels of a tall tree (a sum of 100,000 terms is 100,000
/// levels deep, each an <see cref="Eval"/> call), so evaluating any tree ends in a clean error on a
/// thread whose stack is too small for it, never in a crash. Ordinary programs have none: their
/// trees are far shallower. It is not part of the syntax: <c>golfcart ast</c> does not show it.
/// </summary>
internal sealed record StackCheck(Node Inner) : Node(Inner.Pos)
{
    /// <summary>
    /// The height above which a subtree gets a check. A check makes sure of 96 KiB of stack (see
    /// <see cref="Context.CheckStack"/>); the deepest path between two checks is at most this plus
    /// the ~15 levels of one expression's operators, and an Eval call takes well under 500 bytes.
    /// </summary>
    public const int Every = 64;

    /// <summary><paramref name="node"/>, with a check above it when it is <see cref="Every"/> levels tall or more.</summary>
    public static Node Around(Node node) => node.Height >= Every ? new StackCheck(node) : node;

    public override Value Eval(Frame frame)
    {
        frame.Cx.CheckStack();
        return Inner.Eval(frame);
    }

    public override int Test(Frame frame, string where)
    {
        frame.Cx.CheckStack();
        return Inner.Test(frame, where);
    }

    protected override bool StartsAfresh => true;

    public override string Label => "StackCheck";
    protected override Node[] MakeChildren() => [Inner];
}
