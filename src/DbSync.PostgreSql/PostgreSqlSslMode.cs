namespace DbSync.PostgreSql;

/// <summary>libpq's sslmode values, with their meaning.</summary>
public enum PostgreSqlSslMode
{
    /// <summary>Never TLS.</summary>
    Disable,

    /// <summary>TLS if the server insists.</summary>
    Allow,

    /// <summary>TLS if the server offers it (libpq's default).</summary>
    Prefer,

    /// <summary>TLS always, the certificate not verified.</summary>
    Require,

    /// <summary>TLS with the server's certificate verified against sslrootcert.</summary>
    VerifyCa,

    /// <summary>TLS with the certificate and the host name verified.</summary>
    VerifyFull,
}
