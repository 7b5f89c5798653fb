namespace Features;

/// <summary>Table-per-type: Vehicles, plus Cars and Trucks keyed by (and referencing) Vehicles.Id.</summary>
public abstract class Vehicle
{
    public int Id { get; set; }

    public required string Make { get; set; }
}

public class Car : Vehicle
{
    public int Seats { get; set; }
}

public class Truck : Vehicle
{
    public double Payload { get; set; }
}
