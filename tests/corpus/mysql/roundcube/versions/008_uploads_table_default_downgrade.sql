DROP TABLE `uploads`;
