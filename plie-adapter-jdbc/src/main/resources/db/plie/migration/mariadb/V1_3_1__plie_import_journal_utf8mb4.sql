-- The import journal in full Unicode compared byte for byte, as every other plie table on MariaDB.
ALTER TABLE ${prefix}import_journal CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
