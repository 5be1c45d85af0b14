using Retning.Domain.Common;

namespace Retning.UnitTests.Common;

/// <summary>Moving one entry of an administered list one place (the diary lists, the purpose categories).</summary>
public sealed class ListOrderTests
{
    private sealed class Entry(string name, int order)
    {
        public Guid Id { get; } = Guid.NewGuid();
        public string Name { get; } = name;
        public int Order { get; set; } = order;
    }

    private static (int From, int To)? Move(List<Entry> list, Entry entry, int step) =>
        ListOrder.Move(list, entry.Id, step, e => e.Id, (e, order) => e.Order = order);

    [Fact]
    public void Moving_swaps_with_the_neighbour_and_renumbers_the_whole_list()
    {
        var (a, b, c) = (new Entry("a", 5), new Entry("b", 5), new Entry("c", 9));
        List<Entry> list = [a, b, c];

        Assert.Equal((3, 2), Move(list, c, -1));
        Assert.Equal((1, 2, 3), (a.Order, c.Order, b.Order));
    }

    [Fact]
    public void The_first_cannot_go_up_the_last_not_down_and_an_unknown_entry_is_no_move()
    {
        var (a, b) = (new Entry("a", 1), new Entry("b", 2));
        List<Entry> list = [a, b];

        Assert.Null(Move(list, a, -1));
        Assert.Null(Move(list, b, 1));
        Assert.Null(Move(list, new Entry("x", 3), 1));
        Assert.Equal((1, 2), (a.Order, b.Order));
    }

    [Theory]
    [InlineData("op", -1)]
    [InlineData("ned", 1)]
    [InlineData("sideværts", null)]
    [InlineData(null, null)]
    public void The_step_is_read_from_the_address(string? direction, int? step) => Assert.Equal(step, ListOrder.Step(direction));
}
