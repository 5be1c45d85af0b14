namespace Retning.Web.Infrastructure;

/// <summary>A page of a list with the counts the pager shows.</summary>
public sealed record Paging(int Page, int PageSize, int Total)
{
    public int PageCount => Math.Max(1, (int)Math.Ceiling(Total / (double)PageSize));
    public int Skip => (Page - 1) * PageSize;
    public int From => Total == 0 ? 0 : Skip + 1;
    public int To => Math.Min(Skip + PageSize, Total);

    public static Paging Of(int requestedPage, int pageSize, int total)
    {
        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)pageSize));
        return new Paging(Math.Clamp(requestedPage, 1, pages), pageSize, total);
    }
}
