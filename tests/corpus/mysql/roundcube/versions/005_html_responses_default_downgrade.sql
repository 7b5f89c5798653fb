DROP TABLE `responses`;
