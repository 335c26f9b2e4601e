CREATE TABLE tt_content (
	tx_defusinfo_lang varchar(35) DEFAULT '' NOT NULL,
	tx_defusinfo_variant varchar(16) DEFAULT 'card' NOT NULL,
	tx_defusinfo_theme varchar(16) DEFAULT 'light' NOT NULL,
	tx_defusinfo_heading_level smallint(5) unsigned DEFAULT '2' NOT NULL,
	tx_defusinfo_src varchar(2048) DEFAULT '' NOT NULL,
	tx_defusinfo_config mediumtext
);
