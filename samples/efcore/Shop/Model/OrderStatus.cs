namespace Shop.Model;

public enum OrderStatus
{
    Pending,
    Paid,
    Shipped,
}
