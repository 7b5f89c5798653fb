namespace Features;

/// <summary>Table-per-hierarchy: one Payments table with a discriminator.</summary>
public abstract class Payment
{
    public int Id { get; set; }

    public decimal Amount { get; set; }
}

public class CardPayment : Payment
{
    public required string CardNumber { get; set; }
}

public class BankPayment : Payment
{
    public required string Iban { get; set; }
}
