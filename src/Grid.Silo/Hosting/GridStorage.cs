using Npgsql;

namespace Grid.Silo.Hosting;

/// <summary>Where a silo keeps its cluster, grain state and reminders.</summary>
public enum GridStorageMode
{
    /// <summary>One silo on localhost, everything in memory: the embedded default, nothing to install.</summary>
    Memory,

    /// <summary>Membership, grain state and reminders in PostgreSQL, so several silos form one durable cluster.</summary>
    Postgres,
}

/// <summary>
/// Reads the storage settings, refusing at start any value the silo could only fail on later,
/// with a message that names the setting to fix.
/// </summary>
public static class GridStorage
{
    public const string ModeKey = "Grid:Storage";
    public const string ConnectionStringName = "Grid";
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;

    public static GridStorageMode Mode(IConfiguration configuration)
    {
        var value = configuration[ModeKey];
        if (string.IsNullOrWhiteSpace(value)) return GridStorageMode.Memory;
        // Enum.TryParse would also take "1" or " postgres"; only the names are settings.
        foreach (var mode in Enum.GetValues<GridStorageMode>())
            if (string.Equals(value, mode.ToString(), StringComparison.OrdinalIgnoreCase)) return mode;
        throw new InvalidOperationException(
            $"{ModeKey}='{value}' is not a storage mode of the Grid; use '{GridStorageMode.Memory}' (the default) or '{GridStorageMode.Postgres}'.");
    }

    /// <summary>The PostgreSQL connection string; only Postgres mode asks for it.</summary>
    public static string PostgresConnectionString(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException(
                $"{ModeKey}={GridStorageMode.Postgres} needs a PostgreSQL connection string in {ConnectionStringKey} " +
                "(environment variable ConnectionStrings__Grid), e.g. 'Host=db;Database=grid;Username=grid;Password=...'.");
        try
        {
            _ = new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException ex)
        {
            // The message names the bad keyword, never the rest of the string: it may hold a password.
            throw new InvalidOperationException($"{ConnectionStringKey} is not a PostgreSQL connection string: {ex.Message}", ex);
        }
        return value;
    }
}
