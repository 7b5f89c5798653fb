using System.Linq;
using DbSync.Core.Sql;
using static DbSync.Core.Tests.Sql.SqlAssert;

namespace DbSync.Core.Tests.Sql;

/// <summary>Whole migration scripts as users write them (or mysqldump emits them).</summary>
public class SqlScriptRealisticTests
{
    private const string InventorySchema =
        """
        -- 001_inventory.sql: initial inventory schema
        /* Items are never deleted; see 004. */
        CREATE TABLE item (
            id INTEGER PRIMARY KEY,
            sku TEXT NOT NULL UNIQUE, -- vendor sku; never reused
            name TEXT NOT NULL,
            qty INTEGER NOT NULL DEFAULT 0
        );

        CREATE INDEX ix_item_name ON item (name);

        INSERT INTO item (sku, name, qty) VALUES
            ('A-1', 'Bolt; M6 -- zinc', 10),
            ('B-2', 'Nut ''hex'' /* M6 */', 20);

        CREATE TABLE stock_log (item_id INTEGER, delta INTEGER, kind TEXT);

        CREATE TRIGGER trg_item_qty AFTER UPDATE OF qty ON item
        BEGIN
            INSERT INTO stock_log (item_id, delta, kind) VALUES (
                new.id,
                new.qty - old.qty,
                CASE WHEN new.qty > old.qty THEN 'in' ELSE 'out' END
            );
            UPDATE item SET name = CASE
                WHEN new.qty = 0 THEN name || ' (empty)'
                ELSE name
            END WHERE id = new.id AND new.qty = 0;
        END;
        """;

    [Fact]
    public void Sqlite_inventory_schema()
    {
        var statements = Split(InventorySchema, SqlSyntax.Sqlite);

        Assert.Equal(5, statements.Length);
        Assert.Equal(new[] { 3, 10, 12, 16, 18 }, statements.Select(s => s.Line));
        Assert.StartsWith("CREATE TABLE item (", statements[0].Text);
        Assert.EndsWith("qty INTEGER NOT NULL DEFAULT 0\n)", statements[0].Text);
        Assert.Equal("CREATE INDEX ix_item_name ON item (name)", statements[1].Text);
        Assert.Equal(
            "INSERT INTO item (sku, name, qty) VALUES\n    ('A-1', 'Bolt; M6 -- zinc', 10),\n    ('B-2', 'Nut ''hex'' /* M6 */', 20)",
            statements[2].Text);
        Assert.StartsWith("CREATE TRIGGER trg_item_qty AFTER UPDATE OF qty ON item\nBEGIN", statements[4].Text);
        Assert.EndsWith("AND new.qty = 0;\nEND", statements[4].Text);
        Assert.Equal(29, statements[4].EndLine);
        Assert.All(statements, s => Assert.Equal(TransactionControl.None, s.TransactionControl));
    }

    [Fact]
    public void Sqlite_inventory_schema_with_windows_line_endings()
    {
        var crlf = InventorySchema.Replace("\n", "\r\n");

        var statements = Split(crlf, SqlSyntax.Sqlite);

        Assert.Equal(new[] { 3, 10, 12, 16, 18 }, statements.Select(s => s.Line));
        Assert.Equal(Split(InventorySchema, SqlSyntax.Sqlite).Select(s => s.Text.Replace("\n", "\r\n")), statements.Select(s => s.Text));
    }

    [Fact]
    public void Sqlite_script_in_explicit_transaction_without_trailing_delimiter()
    {
        var statements = Split("BEGIN TRANSACTION;\nALTER TABLE item ADD COLUMN price REAL;\nCOMMIT", SqlSyntax.Sqlite);

        Assert.Equal(new[] { "BEGIN TRANSACTION", "ALTER TABLE item ADD COLUMN price REAL", "COMMIT" }, statements.Select(s => s.Text));
        Assert.Equal(new[] { TransactionControl.Begin, TransactionControl.None, TransactionControl.Commit }, statements.Select(s => s.TransactionControl));
        Assert.Equal(new[] { 1, 2, 3 }, statements.Select(s => s.Line));
    }

    [Fact]
    public void Mysql_procedure_with_delimiter_directive()
    {
        const string Script =
            """
            DROP PROCEDURE IF EXISTS restock;
            DELIMITER $$
            CREATE PROCEDURE restock(IN p_sku VARCHAR(32), IN p_qty INT)
            BEGIN
                DECLARE v_id INT;
                SELECT id INTO v_id FROM item WHERE sku = p_sku; -- may be NULL
                IF v_id IS NULL THEN
                    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'unknown sku; check "catalog"';
                END IF;
                UPDATE item SET qty = qty + p_qty WHERE id = v_id;
            END$$
            DELIMITER ;
            CALL restock('A-1', 5);
            """;

        var parsed = SqlScriptParser.Parse(Script, SqlSyntax.MySql);

        Assert.Null(ScriptInvariants.Check(Script, parsed));
        var statements = parsed.Statements;
        Assert.Equal(new[] { 1, 3, 13 }, statements.Select(s => s.Line));
        Assert.Equal("DROP PROCEDURE IF EXISTS restock", statements[0].Text);
        Assert.StartsWith("CREATE PROCEDURE restock(", statements[1].Text);
        Assert.EndsWith("WHERE id = v_id;\nEND", statements[1].Text);
        Assert.Equal(11, statements[1].EndLine);
        Assert.Equal("CALL restock('A-1', 5)", statements[2].Text);
        Assert.Equal(2, parsed.Segments.Count(s => s.Kind == SqlSegmentKind.DelimiterDirective));
    }

    [Fact]
    public void Mysql_procedure_with_nested_blocks_without_delimiter_directive()
    {
        const string Script =
            """
            CREATE DEFINER=`admin`@`%` PROCEDURE archive_items(IN p_days INT)
            BEGIN
                DECLARE done INT DEFAULT 0;
                DECLARE CONTINUE HANDLER FOR NOT FOUND BEGIN SET done = 1; END;
                IF p_days > 0 THEN
                    BEGIN
                        INSERT INTO item_archive SELECT * FROM item WHERE qty = 0;
                        DELETE FROM item WHERE qty = 0;
                    END;
                ELSE
                    SELECT CASE WHEN p_days = 0 THEN 'none' ELSE 'invalid' END AS result;
                END IF;
            END;

            CALL archive_items(30);
            """;

        var statements = Split(Script, SqlSyntax.MySql);

        Assert.Equal(2, statements.Length);
        Assert.Equal((1, 13), (statements[0].Line, statements[0].EndLine));
        Assert.EndsWith("    END IF;\nEND", statements[0].Text);
        Assert.Equal("CALL archive_items(30)", statements[1].Text);
        Assert.Equal(15, statements[1].Line);
    }

    [Fact]
    public void Mysqldump_output()
    {
        const string Script =
            """
            -- MySQL dump 10.13  Distrib 8.0.36
            /*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
            /*!50503 SET NAMES utf8mb4 */;
            /*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

            --
            -- Table structure for table `item`
            --

            DROP TABLE IF EXISTS `item`;
            /*!40101 SET @saved_cs_client     = @@character_set_client */;
            CREATE TABLE `item` (
              `id` int NOT NULL AUTO_INCREMENT,
              `name` varchar(64) NOT NULL DEFAULT 'it\'s',
              PRIMARY KEY (`id`)
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb3;
            LOCK TABLES `item` WRITE;
            /*!40000 ALTER TABLE `item` DISABLE KEYS */;
            INSERT INTO `item` VALUES (1,'a;b\\'),(2,'#1 -- \"x\"');
            UNLOCK TABLES;
            DELIMITER ;;
            /*!50003 CREATE*/ /*!50017 DEFINER=`root`@`localhost`*/ /*!50003 TRIGGER `trg` BEFORE INSERT ON `item` FOR EACH ROW BEGIN
              SET NEW.name = TRIM(NEW.name);
            END */;;
            DELIMITER ;
            /*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
            """;

        var statements = Split(Script, SqlSyntax.MySql);

        Assert.Equal(
            new[]
            {
                "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */",
                "/*!50503 SET NAMES utf8mb4 */",
                "/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */",
                "DROP TABLE IF EXISTS `item`",
                "/*!40101 SET @saved_cs_client     = @@character_set_client */",
                "CREATE TABLE",
                "LOCK TABLES `item` WRITE",
                "/*!40000 ALTER TABLE `item` DISABLE KEYS */",
                "INSERT INTO `item` VALUES (1,'a;b\\\\'),(2,'#1 -- \\\"x\\\"')",
                "UNLOCK TABLES",
                "/*!50003 CREATE*/",
                "/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */",
            },
            statements.Select(s => s.Text.StartsWith("CREATE TABLE") ? "CREATE TABLE" : s.Text.StartsWith("/*!50003 CREATE*/") ? "/*!50003 CREATE*/" : s.Text));
        Assert.Equal(new[] { 2, 3, 4, 10, 11, 12, 17, 18, 19, 20, 22, 26 }, statements.Select(s => s.Line));
        Assert.EndsWith("END */", statements[10].Text);
    }

    [Fact]
    public void Large_script_is_split_in_linear_time()
    {
        // 20,000 statements; a quadratic scan would take minutes.
        var script = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"INSERT INTO t VALUES ({i}, 'v;{i}'); -- row {i}\n"));

        var statements = SqlScriptParser.Parse(script, SqlSyntax.MySql).Statements;

        Assert.Equal(20_000, statements.Count);
        Assert.Equal(20_000, statements[^1].Line);
        Assert.Equal("INSERT INTO t VALUES (19999, 'v;19999')", statements[^1].Text);
    }
}
