--liquibase formatted sql

--changeset imc:directory-2
-- The directory filtered by country and sorted by population (largest first) read every
-- municipality of the country and sorted them; with this index the page comes straight from it.
CREATE INDEX ix_municipality_country_population ON municipality (country, population);
