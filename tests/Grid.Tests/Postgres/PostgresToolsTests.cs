using Grid.Tests.Infrastructure;

namespace Grid.Tests.Postgres;

/// <summary>How the PostgreSQL tests find their server programs, and how they fail without them.</summary>
public sealed class PostgresToolsTests
{
    [Fact]
    public void WithoutPostgreSql_TheTestsFail_SayingHowToInstallIt()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-postgresql-{Guid.NewGuid():N}");

        var failure = Assert.Throws<InvalidOperationException>(() => PostgresTools.Find(missing));

        Assert.Contains("apt-get install -y postgresql", failure.Message);
        Assert.Contains(missing, failure.Message);
    }

    [Fact]
    public void TheNewestInstalledVersion_IsTheOneUsed()
    {
        var root = Directory.CreateTempSubdirectory("fake-postgresql-").FullName;
        try
        {
            foreach (var version in new[] { "9", "15", "16" })
            {
                var bin = Directory.CreateDirectory(Path.Combine(root, version, "bin")).FullName;
                if (version == "16") continue; // installed only partly: no server programs
                File.WriteAllText(Path.Combine(bin, "initdb"), "");
                File.WriteAllText(Path.Combine(bin, "pg_ctl"), "");
            }

            Assert.Equal(Path.Combine(root, "15", "bin"), PostgresTools.Find(root).BinDirectory);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
