namespace DbSync.MySql;

/// <summary>TLS for the connection, named as the mysql client's <c>--ssl-mode</c> values.</summary>
public enum MySqlSslMode
{
    /// <summary>Plain TCP.</summary>
    Disabled,

    /// <summary>TLS when the server offers it, without checking its certificate (the mysql client's default).</summary>
    Preferred,

    /// <summary>TLS or no connection; the certificate is not checked.</summary>
    Required,

    /// <summary>TLS with a certificate signed by ssl_ca.</summary>
    VerifyCa,

    /// <summary>As <see cref="VerifyCa"/>, and the certificate must name the host connected to.</summary>
    VerifyIdentity,
}
