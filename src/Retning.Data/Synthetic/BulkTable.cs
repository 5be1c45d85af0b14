using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Retning.Data.Synthetic;

/// <summary>
/// One table as EF maps it — name, columns, how each value is read from the entity and converted for the
/// provider — so the bulk writers insert exactly what SaveChanges would, without the change tracker
/// (docs/adr/0012-database-connections-and-query-shapes.md: the generator writes millions of rows).
/// Only plain tables: an entity with a JSON or owned part is written by EF.
/// </summary>
internal sealed class BulkTable
{
    private BulkTable(string name, IReadOnlyList<BulkColumn> columns)
    {
        Name = name;
        Columns = columns;
    }

    public string Name { get; }
    public IReadOnlyList<BulkColumn> Columns { get; }

    public static BulkTable For(IModel model, Type clrType)
    {
        var entity = model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        if (entity.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            throw new InvalidOperationException($"{clrType.Name} has an owned part: write it with EF.");
        }

        var table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
        var columns = entity.GetProperties().Select(p =>
        {
            if (p.IsShadowProperty())
            {
                throw new InvalidOperationException($"{clrType.Name}.{p.Name} is a shadow property: the bulk writer cannot read it.");
            }

            var mapping = (RelationalTypeMapping)p.GetTypeMapping();
            return new BulkColumn(p.GetColumnName(store)!, p.GetGetter(), mapping);
        }).ToList();
        return new BulkTable(table, columns);
    }

    public static string Quote(string name) => "\"" + name + "\"";

    public string ColumnList => string.Join(", ", Columns.Select(c => Quote(c.Name)));
}

/// <summary>A column: its name, the entity's getter, and EF's type mapping (value converter, parameter set-up).</summary>
internal sealed record BulkColumn(string Name, IClrPropertyGetter Getter, RelationalTypeMapping Mapping)
{
    /// <summary>The value as the provider stores it (an enum kept as text becomes its name).</summary>
    public object? ProviderValue(object entity)
    {
        var value = Getter.GetClrValueUsingContainingEntity(entity);
        if (value is null)
        {
            return null;
        }

        return Mapping.Converter is { } converter ? converter.ConvertToProvider(value)
            : value is Enum ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
            : value;
    }
}

/// <summary>Rows of several tables in the order they must be written (parents before children).</summary>
internal sealed class BulkBatch
{
    private readonly List<(Type Type, IList Rows)> tables = [];

    public List<T> Rows<T>()
    {
        foreach (var (type, rows) in tables)
        {
            if (type == typeof(T))
            {
                return (List<T>)rows;
            }
        }

        var list = new List<T>();
        tables.Add((typeof(T), list));
        return list;
    }

    public void Add<T>(T row) => Rows<T>().Add(row);

    public IEnumerable<(Type Type, IList Rows)> Tables => tables;
}
