-- The general-certified (GACC Order 237, 一般认证) / certified (Order 282, 认证) status: an enterprise certified below
-- the advanced level. Order 251 has no such class, so it reads as REGULAR there.
ALTER TABLE enterprise ADD COLUMN general_certified BOOLEAN DEFAULT FALSE NOT NULL;
