DROP TABLE collected_addresses;
