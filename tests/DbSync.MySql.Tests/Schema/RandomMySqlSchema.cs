using System.Globalization;
using System.Text;

namespace DbSync.MySql.Tests.Schema;

/// <summary>
/// Random MariaDB schemas as SQL, for the property that what DbSync reads it also writes: tables with varied types
/// (ENUM, SET, unsigned, zerofill, generated VIRTUAL/PERSISTENT), character sets and collations per table and
/// column, engines, row formats, comments, partitioning; indexes (UNIQUE, prefix, DESC, IGNORED, FULLTEXT, SPATIAL);
/// foreign keys with every action, spelled or left out; views reading tables and views; a procedure, a function and an event.
/// </summary>
internal sealed class RandomMySqlSchema(Random random)
{
    private static readonly string[] Actions = ["", " ON DELETE CASCADE", " ON DELETE SET NULL", " ON DELETE NO ACTION", " ON DELETE RESTRICT",
        " ON UPDATE CASCADE", " ON UPDATE NO ACTION", " ON DELETE SET NULL ON UPDATE CASCADE"];

    private static readonly string[] Charsets = ["", " CHARACTER SET latin1", " COLLATE utf8mb4_bin", " CHARACTER SET utf8mb3 COLLATE utf8mb3_unicode_ci", " CHARACTER SET ascii"];

    public string Generate()
    {
        var sql = new StringBuilder();
        var innoDb = new List<string>();
        int tables = random.Next(2, 6);
        for (int t = 0; t < tables; t++)
        {
            string name = "t" + t.ToString(CultureInfo.InvariantCulture);
            bool inno = random.Next(4) != 0;
            bool partitioned = random.Next(6) == 0;
            var lines = new List<string> { "id INT" + (random.Next(2) == 0 ? " UNSIGNED" : string.Empty) + " NOT NULL AUTO_INCREMENT" };
            var keys = new List<string> { "PRIMARY KEY (id)" };
            int columns = random.Next(2, 7);
            for (int c = 0; c < columns; c++)
            {
                string column = "c" + c.ToString(CultureInfo.InvariantCulture);
                switch (random.Next(10))
                {
                    case 0:
                        lines.Add(column + " INT" + Pick(" UNSIGNED", " UNSIGNED ZEROFILL", "") + " NOT NULL DEFAULT " + random.Next(100).ToString(CultureInfo.InvariantCulture));
                        if (random.Next(2) == 0)
                        {
                            lines.Add("g" + c.ToString(CultureInfo.InvariantCulture) + " BIGINT AS (" + column + " * 2)" + Pick(" VIRTUAL", " PERSISTENT", " STORED"));
                        }

                        break;
                    case 1:
                        lines.Add(column + " DECIMAL(10,2) NULL COMMENT 'amount, it''s \"money\"'");
                        break;
                    case 2:
                        lines.Add(column + " VARCHAR(" + random.Next(10, 300).ToString(CultureInfo.InvariantCulture) + ")" + Charsets[random.Next(Charsets.Length)] + " NULL");
                        // A unique key on a partitioned table must hold the partitioning column (id): none there.
                        keys.Add((partitioned ? string.Empty : Pick("UNIQUE ", "", "")) + "KEY ix_" + name + "_" + column + " (" + column + "(" + random.Next(3, 9).ToString(CultureInfo.InvariantCulture) + ")"
                            + Pick(", id DESC", "", "") + ")" + Pick(" IGNORED", "", ""));
                        break;
                    case 3:
                        lines.Add(column + " TEXT" + Charsets[random.Next(Charsets.Length)]);
                        if (!partitioned && random.Next(2) == 0)
                        {
                            keys.Add("FULLTEXT KEY ft_" + name + "_" + column + " (" + column + ")");
                        }

                        break;
                    case 4:
                        lines.Add(column + " ENUM('a','b''s','c') NOT NULL DEFAULT 'a'");
                        break;
                    case 5:
                        lines.Add(column + " SET('x','y','z') NULL DEFAULT 'x,y'");
                        break;
                    case 6:
                        lines.Add(column + " TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT 'changed'");
                        break;
                    case 7 when !partitioned:
                        lines.Add(column + " POINT NOT NULL");
                        keys.Add("SPATIAL KEY sp_" + name + "_" + column + " (" + column + ")");
                        break;
                    case 8 when inno && !partitioned && innoDb.Count > 0:
                        string parent = innoDb[random.Next(innoDb.Count)];
                        lines.Add(column + " INT NULL");
                        keys.Add("CONSTRAINT fk_" + name + "_" + column + " FOREIGN KEY (" + column + ") REFERENCES " + parent + " (id)" + Actions[random.Next(Actions.Length)]);
                        break;
                    default:
                        lines.Add(column + " DATETIME NULL DEFAULT NULL");
                        keys.Add("KEY ix_" + name + "_" + column + " (" + column + Pick(" DESC", "") + ", id)");
                        break;
                }
            }

            // A foreign key's column must have the type of the key it references: only INT (signed) ids are referenced.
            if (inno && !partitioned && lines[0] == "id INT NOT NULL AUTO_INCREMENT")
            {
                innoDb.Add(name);
            }

            sql.Append("CREATE TABLE ").Append(name).Append(" (\n  ").Append(string.Join(",\n  ", lines.Concat(keys))).Append("\n)")
                .Append(inno ? " ENGINE=InnoDB" + Pick(" ROW_FORMAT=DYNAMIC", " ROW_FORMAT=COMPACT", "", "") : " ENGINE=MyISAM")
                .Append(Pick(" DEFAULT CHARSET=latin1", " DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci", "", ""))
                .Append(Pick(" COMMENT='the " + name + " table'", ""))
                .Append(partitioned ? "\nPARTITION BY HASH (id) PARTITIONS " + random.Next(2, 4).ToString(CultureInfo.InvariantCulture) : string.Empty)
                .Append(";\n");
        }

        sql.Append("CREATE VIEW v0 AS SELECT id, 'v' AS tag FROM t0 WHERE id > 1;\n");
        if (random.Next(2) == 0)
        {
            sql.Append("CREATE SQL SECURITY INVOKER VIEW v1 AS SELECT v0.id, t1.id AS other FROM v0 JOIN t1 ON t1.id = v0.id;\n");
        }

        sql.Append("DELIMITER $$\nCREATE PROCEDURE p_count(IN lim INT)\nBEGIN\n  SELECT COUNT(*) FROM t0 WHERE id < lim;\n  SELECT 'done';\nEND$$\n")
            .Append("CREATE FUNCTION f_double(x INT) RETURNS INT DETERMINISTIC\nBEGIN\n  RETURN x * 2;\nEND$$\nDELIMITER ;\n");
        if (random.Next(2) == 0)
        {
            sql.Append("CREATE EVENT e_purge ON SCHEDULE EVERY 1 DAY DO DELETE FROM t0 WHERE id < 0;\n");
        }

        return sql.ToString();
    }

    private string Pick(params string[] choices) => choices[random.Next(choices.Length)];
}
