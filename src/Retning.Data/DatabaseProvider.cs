namespace Retning.Data;

public enum DatabaseProvider
{
    Sqlite = 1,
    Postgres = 2,
}
