-- initial
--
-- Revision 001: upgrade. Created 2026-12-02 09:57:42 UTC by 'dotnet dbsync revision'.
-- Changes detected between the database and the model:
--   add table Customers
--   add table OrderLine
--   add table Orders
--   add table Products
--   add table ProductTag
--   add table Tags

CREATE TABLE Customers (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Name TEXT NOT NULL,
    Email TEXT NOT NULL,
    CreatedAt TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    Address_Street TEXT,
    Address_City TEXT,
    Address_PostalCode TEXT
);

CREATE TABLE Orders (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    CustomerId INTEGER NOT NULL,
    PlacedAt TEXT NOT NULL,
    Status TEXT NOT NULL DEFAULT 'Pending',
    FOREIGN KEY (CustomerId) REFERENCES Customers (Id) ON DELETE CASCADE
);

CREATE TABLE Products (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Sku TEXT NOT NULL,
    Name TEXT NOT NULL,
    Price TEXT NOT NULL,
    IsActive INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE OrderLine (
    OrderId INTEGER NOT NULL,
    ProductId INTEGER NOT NULL,
    Quantity INTEGER NOT NULL,
    PRIMARY KEY (OrderId, ProductId),
    FOREIGN KEY (OrderId) REFERENCES Orders (Id) ON DELETE CASCADE,
    FOREIGN KEY (ProductId) REFERENCES Products (Id) ON DELETE RESTRICT
);

CREATE TABLE Tags (
    Id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    Label TEXT NOT NULL
);

CREATE TABLE ProductTag (
    ProductsId INTEGER NOT NULL,
    TagsId INTEGER NOT NULL,
    PRIMARY KEY (ProductsId, TagsId),
    FOREIGN KEY (ProductsId) REFERENCES Products (Id) ON DELETE CASCADE,
    FOREIGN KEY (TagsId) REFERENCES Tags (Id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX IX_Customers_Email ON Customers (Email);
CREATE INDEX IX_OrderLine_ProductId ON OrderLine (ProductId);
CREATE INDEX IX_Orders_CustomerId ON Orders (CustomerId);
CREATE INDEX IX_Orders_PlacedAt ON Orders (PlacedAt);
CREATE UNIQUE INDEX IX_Products_Sku ON Products (Sku);
CREATE INDEX IX_ProductTag_TagsId ON ProductTag (TagsId);
