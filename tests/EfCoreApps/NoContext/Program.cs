Console.WriteLine(typeof(Microsoft.EntityFrameworkCore.DbContext).Assembly.GetName().Version);
